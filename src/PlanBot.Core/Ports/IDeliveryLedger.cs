namespace PlanBot.Core.Ports;

/// <summary>
/// Remembers which queue message took each webhook delivery id, for a while, so that a delivery GitHub sent twice
/// (two queue messages) has one effect while a retry of the same message still runs.
/// </summary>
public interface IDeliveryLedger
{
    /// <summary>
    /// True when the delivery id is new within the retention window, or already held by <paramref name="claimant"/>
    /// (the queue retrying the message that took it); false when another message took it.
    /// </summary>
    /// <param name="claimant">The id of the queue message carrying the delivery.</param>
    Task<bool> TryClaimAsync(string deliveryId, string claimant, CancellationToken cancellationToken);

    /// <summary>Forgets a claim, so the next message carrying the delivery id (GitHub's Redeliver, a postponement) runs.</summary>
    Task ReleaseAsync(string deliveryId, CancellationToken cancellationToken);

    /// <summary>Deletes the ids whose retention has passed; returns how many.</summary>
    Task<int> PurgeExpiredAsync(CancellationToken cancellationToken);
}
