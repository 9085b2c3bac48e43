using Microsoft.Extensions.Logging;
using PlanBot.Core.Conversation;
using PlanBot.Core.Ports;

namespace PlanBot.GitHub.Conversation;

/// <summary><c>pull_request</c> opened, synchronize, reopened, ready_for_review and closed, handed to the conversation.</summary>
public sealed class PullRequestWebhookHandler(PullRequestConversation conversation, ILogger<PullRequestWebhookHandler> logger) : IWebhookHandler
{
    public async Task HandleAsync(WebhookEvent webhookEvent, CancellationToken cancellationToken)
    {
        PullRequestActivity activity;
        try
        {
            activity = ConversationPayloads.PullRequest(webhookEvent);
        }
        catch (InvalidDataException e)
        {
            ConversationLog.Malformed(logger, webhookEvent.DeliveryId, webhookEvent.Event, webhookEvent.Action, e);
            return;
        }

        var result = await conversation.HandleAsync(activity, cancellationToken).ConfigureAwait(false);
        ConversationLog.Handled(logger, webhookEvent.DeliveryId, activity.Key.ToString(), result.Outcome, result.Reason);
    }
}
