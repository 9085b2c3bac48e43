using Microsoft.Extensions.Logging;

namespace PlanBot.Cli.Serve;

internal static partial class ServeLog
{
    [LoggerMessage(2001, LogLevel.Error, "Delivery {DeliveryId} (message {MessageId}) moved to {PoisonQueue} after {DequeueCount} tries")]
    public static partial void Poisoned(ILogger logger, string deliveryId, string messageId, string poisonQueue, long dequeueCount);

    [LoggerMessage(2002, LogLevel.Warning, "The webhook queue could not be read; retrying")]
    public static partial void QueueUnavailable(ILogger logger, Exception exception);

    [LoggerMessage(2003, LogLevel.Information, "planbot serve is listening on {Urls}")]
    public static partial void Listening(ILogger logger, string urls);
}
