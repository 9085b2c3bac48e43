using Microsoft.Extensions.Logging;

namespace PlanBot.GitHub.Webhooks;

internal static partial class WebhookLog
{
    [LoggerMessage(1001, LogLevel.Warning, "Webhook refused with {StatusCode}: {Reason}")]
    public static partial void Refused(ILogger logger, int statusCode, string reason);

    [LoggerMessage(1002, LogLevel.Information, "Delivery {DeliveryId} ({Event}.{Action}) queued")]
    public static partial void Queued(ILogger logger, string deliveryId, string @event, string? action);

    [LoggerMessage(1003, LogLevel.Information, "Delivery {DeliveryId} already taken by another queue message; message {MessageId} is dropped")]
    public static partial void Duplicate(ILogger logger, string deliveryId, string messageId);

    [LoggerMessage(1004, LogLevel.Error, "Delivery {DeliveryId} could not be queued; GitHub may redeliver it")]
    public static partial void EnqueueFailed(ILogger logger, string deliveryId, Exception exception);

    [LoggerMessage(1101, LogLevel.Information, "Delivery {DeliveryId} ({Event}.{Action}) to {Handler}, attempt {Attempt}")]
    public static partial void Dispatching(ILogger logger, string deliveryId, string @event, string? action, string handler, long attempt);

    [LoggerMessage(1102, LogLevel.Information, "Delivery {DeliveryId} handled")]
    public static partial void Handled(ILogger logger, string deliveryId);

    [LoggerMessage(1103, LogLevel.Warning, "Delivery {DeliveryId} failed on attempt {Attempt} of {MaxAttempts}; it will be retried")]
    public static partial void WillRetry(ILogger logger, string deliveryId, long attempt, int maxAttempts, Exception exception);

    [LoggerMessage(1104, LogLevel.Error, "Delivery {DeliveryId} failed on its last attempt ({Attempt} of {MaxAttempts}); the message goes to the poison queue and GitHub may redeliver it")]
    public static partial void GivingUp(ILogger logger, string deliveryId, long attempt, int maxAttempts, Exception exception);

    [LoggerMessage(1105, LogLevel.Error, "A queue message could not be read (attempt {Attempt})")]
    public static partial void Unreadable(ILogger logger, long attempt, Exception exception);

    [LoggerMessage(1106, LogLevel.Debug, "No handler for {Event}.{Action}; delivery {DeliveryId} ignored")]
    public static partial void Ignored(ILogger logger, string @event, string? action, string deliveryId);

    [LoggerMessage(1107, LogLevel.Warning, "Delivery {DeliveryId} could not be forgotten by the delivery ledger; GitHub's Redeliver is ignored until it expires")]
    public static partial void ReleaseFailed(ILogger logger, string deliveryId, Exception exception);

    [LoggerMessage(1108, LogLevel.Warning, "Delivery {DeliveryId} stopped by GitHub's rate limits until {ResumeAt:u}; queued again to run in {Delay}")]
    public static partial void Postponed(ILogger logger, string deliveryId, DateTimeOffset resumeAt, TimeSpan delay);
}
