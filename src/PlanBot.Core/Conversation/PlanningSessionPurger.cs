using PlanBot.Core.Ports;

namespace PlanBot.Core.Conversation;

/// <summary>
/// Forgets what PlanBot stored for an installation (<c>installation.deleted</c>) or for repositories removed from it
/// (<c>installation_repositories.removed</c>): sessions, their decision logs, and publications with their run
/// checkpoints (otherwise the daily check would go on queueing work for repositories PlanBot can no longer see).
/// </summary>
public sealed class PlanningSessionPurger(ISessionStore sessions, IDecisionLog decisions, IPublicationStore publications)
{
    public async Task<PlanningSessionPurgeResult> PurgeInstallationAsync(long installationId, CancellationToken cancellationToken) =>
        new(
            await sessions.PurgeInstallationAsync(installationId, cancellationToken).ConfigureAwait(false),
            await decisions.PurgeInstallationAsync(installationId, cancellationToken).ConfigureAwait(false),
            await publications.PurgeInstallationAsync(installationId, cancellationToken).ConfigureAwait(false));

    public async Task<PlanningSessionPurgeResult> PurgeRepositoryAsync(long installationId, string owner, string repo, CancellationToken cancellationToken) =>
        new(
            await sessions.PurgeRepositoryAsync(installationId, owner, repo, cancellationToken).ConfigureAwait(false),
            await decisions.PurgeRepositoryAsync(installationId, owner, repo, cancellationToken).ConfigureAwait(false),
            await publications.PurgeRepositoryAsync(installationId, owner, repo, cancellationToken).ConfigureAwait(false));
}
