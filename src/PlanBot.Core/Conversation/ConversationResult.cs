namespace PlanBot.Core.Conversation;

/// <summary>What handling a delivery did, with the reason in words for the log.</summary>
public sealed record ConversationResult(ConversationOutcome Outcome, string Reason)
{
    public static ConversationResult Ignored(string reason) => new(ConversationOutcome.Ignored, reason);
}
