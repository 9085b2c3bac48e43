using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Octokit.Webhooks;
using Octokit.Webhooks.Events.Issues;
using PlanBot.Core.Planning;
using PlanBot.Core.Ports;
using PlanBot.Core.Publishing;
using PlanBot.GitHub.Webhooks;

namespace PlanBot.GitHub.Tracking;

public static class TrackingServiceCollectionExtensions
{
    /// <summary>
    /// Publishing and tracking, from <c>PlanBot:Tracking</c>: <see cref="ITrackingGitHub"/>, the resumable executor, the
    /// publish scheduler, the daily scheduler and the handlers of <c>issues</c> events and of PlanBot's own jobs. Needs
    /// <c>AddPlanBotGitHub</c>, <c>AddPlanBotStorage</c> and <c>AddPlanBotWebhooks</c>.
    /// </summary>
    public static IServiceCollection AddPlanBotTracking(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<TrackingJobOptions>().Bind(configuration.GetSection(TrackingJobOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<TrackingJobOptions>, TrackingJobOptionsValidator>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<ITrackingGitHub, OctokitTrackingGitHub>();
        services.AddSingleton(provider =>
        {
            var options = provider.GetRequiredService<IOptions<TrackingJobOptions>>().Value;
            return new ExecutorSettings(options.Lease, options.RunBudget, options.Precedence);
        });
        services.AddSingleton<ChangeSetExecutor>();
        services.AddSingleton<TrackingRunner>();
        services.TryAddSingleton<PlanMarkdownParser>();
        services.AddSingleton<IPublishScheduler, QueuedPublishScheduler>();
        services.AddSingleton<DailyTrackingScheduler>();
        services.AddWebhookHandler<IssueEventHandler>(WebhookEventType.Issues, IssuesActionValue.Edited, IssuesActionValue.Closed, IssuesActionValue.Reopened);
        services.AddWebhookHandler<PublishJobHandler>(TrackingJobs.Publish);
        services.AddWebhookHandler<TrackJobHandler>(TrackingJobs.Track);
        services.AddWebhookHandler<DailyJobHandler>(TrackingJobs.Daily);
        return services;
    }
}
