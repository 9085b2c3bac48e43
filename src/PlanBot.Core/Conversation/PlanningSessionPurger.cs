using PlanBot.Core.Ports;

namespace PlanBot.Core.Conversation;

/// <summary>
/// Forgets what PlanBot stored for an installation (<c>installation.deleted</c>) or for repositories removed from it
/// (<c>installation_repositories.removed</c>): sessions and their decision logs.
/// </summary>
public sealed class PlanningSessionPurger(ISessionStore sessions, IDecisionLog decisions)
{
    public async Task<PlanningSessionPurgeResult> PurgeInstallationAsync(long installationId, CancellationToken cancellationToken) =>
        new(
            await sessions.PurgeInstallationAsync(installationId, cancellationToken).ConfigureAwait(false),
            await decisions.PurgeInstallationAsync(installationId, cancellationToken).ConfigureAwait(false));

    public async Task<PlanningSessionPurgeResult> PurgeRepositoryAsync(long installationId, string owner, string repo, CancellationToken cancellationToken) =>
        new(
            await sessions.PurgeRepositoryAsync(installationId, owner, repo, cancellationToken).ConfigureAwait(false),
            await decisions.PurgeRepositoryAsync(installationId, owner, repo, cancellationToken).ConfigureAwait(false));
}
