using Microsoft.Extensions.Logging;
using PlanBot.Core.Conversation;
using PlanBot.Core.Ports;

namespace PlanBot.GitHub.Conversation;

/// <summary><c>pull_request</c> opened, synchronize, reopened, ready_for_review and closed, handed to the conversation.</summary>
public sealed class PullRequestWebhookHandler(PullRequestConversation conversation, ILogger<PullRequestWebhookHandler> logger) : IWebhookHandler
{
    public Task HandleAsync(WebhookEvent webhookEvent, CancellationToken cancellationToken) =>
        ConversationDelivery.HandleAsync(webhookEvent, ConversationPayloads.PullRequest, activity => activity.Key, conversation.HandleAsync, logger, cancellationToken);
}
