using Azure;
using PlanBot.Core.Ports;

namespace PlanBot.Storage;

/// <summary>Reachable means the queue the ingress writes to exists or can be created.</summary>
public sealed class StorageProbe(StorageResources resources) : IStorageProbe
{
    public async Task<ProbeResult> ProbeAsync(CancellationToken cancellationToken)
    {
        try
        {
            await resources.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
            var properties = await resources.Queue.GetPropertiesAsync(cancellationToken).ConfigureAwait(false);
            return new ProbeResult(true, $"queue {resources.Queue.Name} reachable ({properties.Value.ApproximateMessagesCount} waiting)");
        }
        catch (RequestFailedException e)
        {
            return new ProbeResult(false, $"storage answered {e.Status} {e.ErrorCode}");
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return new ProbeResult(false, "storage did not answer in time");
        }
        catch (AggregateException e)
        {
            return new ProbeResult(false, "storage unreachable: " + e.InnerException?.Message);
        }
    }
}
