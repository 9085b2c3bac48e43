using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using PlanBot.Core.Ports;

namespace PlanBot.Functions;

/// <summary>Once a day, forgets delivery ids past their retention so the de-duplication table does not grow forever.</summary>
public sealed partial class DeliveryLedgerCleanupFunction(IDeliveryLedger ledger, ILogger<DeliveryLedgerCleanupFunction> logger)
{
    [Function("DeliveryLedgerCleanup")]
    public async Task RunAsync([TimerTrigger("0 30 3 * * *")] TimerInfo timer, CancellationToken cancellationToken)
    {
        var purged = await ledger.PurgeExpiredAsync(cancellationToken).ConfigureAwait(false);
        Purged(logger, purged);
    }

    [LoggerMessage(3001, LogLevel.Information, "Forgot {Count} expired webhook delivery ids")]
    private static partial void Purged(ILogger logger, int count);
}
