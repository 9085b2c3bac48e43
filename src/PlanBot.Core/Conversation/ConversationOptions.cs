using PlanBot.Core.Documents;

namespace PlanBot.Core.Conversation;

/// <summary>
/// Limits of the pull-request conversation. <see cref="ClaimTimeout"/> is how long work claimed by one delivery
/// waits for it before another may take it over: longer than a delivery's retries take.
/// </summary>
public sealed record ConversationOptions(long MaxDocumentBytes, long MaxTemplateBytes, TimeSpan ClaimTimeout, int DeliveriesRemembered)
{
    public static ConversationOptions Default { get; } = new(DocumentLimits.MaxBytes, DocumentLimits.MaxTemplateBytes, TimeSpan.FromMinutes(15), 50);
}
