namespace PlanBot.Core.Ports;

/// <summary>Answers whether the storage account can be reached, for the health endpoint.</summary>
public interface IStorageProbe
{
    Task<ProbeResult> ProbeAsync(CancellationToken cancellationToken);
}
