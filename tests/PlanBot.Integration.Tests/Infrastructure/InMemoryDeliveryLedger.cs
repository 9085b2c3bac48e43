using System.Collections.Concurrent;
using PlanBot.Core.Ports;

namespace PlanBot.Integration.Tests.Infrastructure;

/// <summary>The ledger's contract in memory (a claim per delivery id, kept by the message that took it), without expiry.</summary>
public sealed class InMemoryDeliveryLedger : IDeliveryLedger
{
    private readonly ConcurrentDictionary<string, string> claims = new(StringComparer.Ordinal);

    /// <summary>The queue message holding <paramref name="deliveryId"/>, or null when nobody claimed it.</summary>
    public string? Holder(string deliveryId) => claims.TryGetValue(deliveryId, out var claimant) ? claimant : null;

    public Task<bool> TryClaimAsync(string deliveryId, string claimant, CancellationToken cancellationToken) =>
        Task.FromResult(claims.GetOrAdd(deliveryId, claimant) == claimant);

    public Task ReleaseAsync(string deliveryId, CancellationToken cancellationToken)
    {
        claims.TryRemove(deliveryId, out _);
        return Task.CompletedTask;
    }

    public Task<int> PurgeExpiredAsync(CancellationToken cancellationToken) => Task.FromResult(0);
}
