using Microsoft.Extensions.Logging;
using PlanBot.Core.Conversation;
using PlanBot.Core.Ports;

namespace PlanBot.GitHub.Conversation;

/// <summary><c>issue_comment</c> created and edited, handed to the conversation.</summary>
public sealed class IssueCommentWebhookHandler(CommentConversation conversation, ILogger<IssueCommentWebhookHandler> logger) : IWebhookHandler
{
    public async Task HandleAsync(WebhookEvent webhookEvent, CancellationToken cancellationToken)
    {
        CommentActivity comment;
        try
        {
            comment = ConversationPayloads.Comment(webhookEvent);
        }
        catch (InvalidDataException e)
        {
            ConversationLog.Malformed(logger, webhookEvent.DeliveryId, webhookEvent.Event, webhookEvent.Action, e);
            return;
        }

        var result = await conversation.HandleAsync(comment, cancellationToken).ConfigureAwait(false);
        ConversationLog.Handled(logger, webhookEvent.DeliveryId, comment.Key.ToString(), result.Outcome, result.Reason);
    }
}
