using Microsoft.Extensions.Logging;
using PlanBot.Core.Conversation;
using PlanBot.Core.Ports;

namespace PlanBot.GitHub.Conversation;

/// <summary><c>issue_comment</c> created and edited, handed to the conversation.</summary>
public sealed class IssueCommentWebhookHandler(CommentConversation conversation, ILogger<IssueCommentWebhookHandler> logger) : IWebhookHandler
{
    public Task HandleAsync(WebhookEvent webhookEvent, CancellationToken cancellationToken) =>
        ConversationDelivery.HandleAsync(webhookEvent, ConversationPayloads.Comment, comment => comment.Key, conversation.HandleAsync, logger, cancellationToken);
}
