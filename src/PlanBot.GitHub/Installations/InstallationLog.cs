using Microsoft.Extensions.Logging;

namespace PlanBot.GitHub.Installations;

internal static partial class InstallationLog
{
    [LoggerMessage(4001, LogLevel.Information, "Delivery {DeliveryId}: installation {InstallationId} uninstalled; purged {Sessions} sessions and {Decisions} decision records")]
    public static partial void InstallationPurged(ILogger logger, string deliveryId, long installationId, int sessions, int decisions);

    [LoggerMessage(4002, LogLevel.Information, "Delivery {DeliveryId}: {Repository} removed from installation {InstallationId}; purged {Sessions} sessions and {Decisions} decision records")]
    public static partial void RepositoryPurged(ILogger logger, string deliveryId, string repository, long installationId, int sessions, int decisions);
}
