namespace PlanBot.Core.Ports;

/// <summary>Remembers webhook delivery ids for a while so a delivery sent twice is queued once.</summary>
public interface IDeliveryLedger
{
    /// <summary>True the first time a delivery id is seen within the retention window, false afterwards.</summary>
    Task<bool> TryClaimAsync(string deliveryId, CancellationToken cancellationToken);

    /// <summary>Forgets a claim, so a delivery that could not be queued is accepted when GitHub redelivers it.</summary>
    Task ReleaseAsync(string deliveryId, CancellationToken cancellationToken);

    /// <summary>Deletes the ids whose retention has passed; returns how many.</summary>
    Task<int> PurgeExpiredAsync(CancellationToken cancellationToken);
}
