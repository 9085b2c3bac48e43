using Microsoft.Extensions.DependencyInjection;
using Octokit.Webhooks;
using Octokit.Webhooks.Events.Installation;
using Octokit.Webhooks.Events.InstallationRepositories;
using PlanBot.GitHub.Webhooks;

namespace PlanBot.GitHub.Installations;

public static class LifecycleServiceCollectionExtensions
{
    /// <summary>
    /// Forgets an installation when the App is uninstalled and a repository when it leaves the installation. Needs the
    /// storage (<c>AddPlanBotStorage</c>, which registers the purger) and the webhooks (<c>AddPlanBotWebhooks</c>).
    /// </summary>
    public static IServiceCollection AddPlanBotLifecycle(this IServiceCollection services) =>
        services
            .AddWebhookHandler<InstallationDeletedHandler>(WebhookEventType.Installation, InstallationActionValue.Deleted)
            .AddWebhookHandler<RepositoriesRemovedHandler>(WebhookEventType.InstallationRepositories, InstallationRepositoriesActionValue.Removed);
}
