using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Octokit.Webhooks;
using Octokit.Webhooks.Events.IssueComment;
using Octokit.Webhooks.Events.PullRequest;
using PlanBot.Core.Conversation;
using PlanBot.Core.Engine;
using PlanBot.GitHub.Webhooks;

namespace PlanBot.GitHub.Conversation;

public static class ConversationServiceCollectionExtensions
{
    /// <summary>
    /// The pull-request conversation and its webhook handlers. It talks to GitHub through <c>IPullRequestGitHub</c>
    /// (<c>AddPlanBotGitHub</c>), stores through <c>AddPlanBotStorage</c>, and hands publishing to an
    /// <c>IPublishScheduler</c>.
    /// </summary>
    public static IServiceCollection AddPlanBotConversation(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(ConversationOptions.Default);
        services.TryAddSingleton<IPlanEngine, PlanEngine>();
        services.TryAddSingleton<ScopingAnalyzer>();
        services.TryAddSingleton<PlanWriter>();
        services.TryAddSingleton<CommentTransition>();
        services.TryAddSingleton<PlanGenerator>();
        services.TryAddSingleton<ConversationDriver>();
        services.TryAddSingleton<PullRequestConversation>();
        services.TryAddSingleton<CommentConversation>();
        services.AddWebhookHandler<PullRequestWebhookHandler>(
            WebhookEventType.PullRequest,
            PullRequestActionValue.Opened,
            PullRequestActionValue.Synchronize,
            PullRequestActionValue.Reopened,
            PullRequestActionValue.ReadyForReview,
            PullRequestActionValue.Closed);
        services.AddWebhookHandler<IssueCommentWebhookHandler>(WebhookEventType.IssueComment, IssueCommentActionValue.Created, IssueCommentActionValue.Edited);
        return services;
    }
}
