using Microsoft.Extensions.Logging;
using PlanBot.Core.Conversation;
using PlanBot.Core.Ports;

namespace PlanBot.GitHub.Conversation;

/// <summary>
/// What every conversation handler does with a delivery: read its activity from the payload (a malformed one is logged
/// and dropped, since retrying cannot fix it), hand it to the conversation, and log the outcome with the delivery id.
/// </summary>
internal static class ConversationDelivery
{
    public static async Task HandleAsync<TActivity>(
        WebhookEvent webhookEvent,
        Func<WebhookEvent, TActivity> read,
        Func<TActivity, SessionKey> key,
        Func<TActivity, CancellationToken, Task<ConversationResult>> handle,
        ILogger logger,
        CancellationToken cancellationToken)
    {
        TActivity activity;
        try
        {
            activity = read(webhookEvent);
        }
        catch (InvalidDataException e)
        {
            ConversationLog.Malformed(logger, webhookEvent.DeliveryId, webhookEvent.Event, webhookEvent.Action, e);
            return;
        }

        var result = await handle(activity, cancellationToken).ConfigureAwait(false);
        ConversationLog.Handled(logger, webhookEvent.DeliveryId, key(activity).ToString(), result.Outcome, result.Reason);
    }
}
