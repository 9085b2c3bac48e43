using Microsoft.Extensions.Logging;
using PlanBot.Core.Conversation;
using PlanBot.Core.Ports;

namespace PlanBot.GitHub.Installations;

/// <summary>
/// <c>installation_repositories.removed</c>: repositories were taken out of the installation, so what PlanBot stored
/// for each of them goes; the installation's other repositories keep theirs. A redelivery purges nothing more.
/// </summary>
public sealed class RepositoriesRemovedHandler(PlanningSessionPurger purger, ILogger<RepositoriesRemovedHandler> logger) : IWebhookHandler
{
    public async Task HandleAsync(WebhookEvent webhookEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(webhookEvent);
        var installationId = InstallationPayload.InstallationId(webhookEvent);
        foreach (var (owner, repo) in InstallationPayload.RemovedRepositories(webhookEvent))
        {
            var purged = await purger.PurgeRepositoryAsync(installationId, owner, repo, cancellationToken).ConfigureAwait(false);
            InstallationLog.RepositoryPurged(logger, webhookEvent.DeliveryId, $"{owner}/{repo}", installationId, purged.Sessions, purged.Decisions, purged.Tracking);
        }
    }
}
