using Microsoft.Extensions.Logging;
using PlanBot.Core.Conversation;
using PlanBot.Core.Ports;

namespace PlanBot.GitHub.Installations;

/// <summary>
/// <c>installation.deleted</c>: the App was uninstalled, so everything PlanBot stored for the installation goes.
/// Purging what is already gone deletes nothing, so a redelivery is harmless.
/// </summary>
public sealed class InstallationDeletedHandler(PlanningSessionPurger purger, ILogger<InstallationDeletedHandler> logger) : IWebhookHandler
{
    public async Task HandleAsync(WebhookEvent webhookEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(webhookEvent);
        var installationId = InstallationPayload.InstallationId(webhookEvent);
        var purged = await purger.PurgeInstallationAsync(installationId, cancellationToken).ConfigureAwait(false);
        InstallationLog.InstallationPurged(logger, webhookEvent.DeliveryId, installationId, purged.Sessions, purged.Decisions, purged.Tracking);
    }
}
