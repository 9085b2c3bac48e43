using Microsoft.Extensions.Logging;

namespace PlanBot.GitHub.Installations;

internal static partial class InstallationLog
{
    [LoggerMessage(4001, LogLevel.Information, "Delivery {DeliveryId}: installation {InstallationId} uninstalled; purged {Sessions} sessions, {Decisions} decision records and {Tracking} tracking rows")]
    public static partial void InstallationPurged(ILogger logger, string deliveryId, long installationId, int sessions, int decisions, int tracking);

    [LoggerMessage(4002, LogLevel.Information, "Delivery {DeliveryId}: {Repository} removed from installation {InstallationId}; purged {Sessions} sessions, {Decisions} decision records and {Tracking} tracking rows")]
    public static partial void RepositoryPurged(ILogger logger, string deliveryId, string repository, long installationId, int sessions, int decisions, int tracking);
}
