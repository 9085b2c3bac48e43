using Microsoft.Extensions.Logging;

namespace PlanBot.GitHub.Tracking;

internal static partial class TrackingLog
{
    [LoggerMessage(6001, LogLevel.Information, "Job {DeliveryId}: run {RunId} in {Repository} completed with {Requests} write requests")]
    public static partial void Completed(ILogger logger, string deliveryId, string runId, string repository, int requests);

    [LoggerMessage(6002, LogLevel.Information, "Job {DeliveryId}: {Repository} is busy with another run; queued again in {Delay}")]
    public static partial void Busy(ILogger logger, string deliveryId, string repository, TimeSpan delay);

    [LoggerMessage(6003, LogLevel.Information, "Job {DeliveryId}: run {RunId} used its time budget after {Requests} write requests; queued again to go on")]
    public static partial void Yielded(ILogger logger, string deliveryId, string runId, int requests);

    [LoggerMessage(6004, LogLevel.Warning, "Job {DeliveryId}: GitHub asks to wait until {ResumeAt}; queued again in {Delay}")]
    public static partial void RateLimited(ILogger logger, string deliveryId, DateTimeOffset resumeAt, TimeSpan delay, Exception exception);

    [LoggerMessage(6005, LogLevel.Warning, "Job {DeliveryId}: run {RunId} failed after {Steps} steps; queued again to resume")]
    public static partial void FailedAfterProgress(ILogger logger, string deliveryId, string runId, int steps, Exception exception);

    [LoggerMessage(6010, LogLevel.Information, "Job {DeliveryId}: {Repository} has no {Path} on its default branch; nothing to publish")]
    public static partial void NoPlan(ILogger logger, string deliveryId, string repository, string path);

    [LoggerMessage(6011, LogLevel.Warning, "Job {DeliveryId}: {Path} in {Repository} is {Size} bytes, more than the {Limit} PlanBot reads; not published")]
    public static partial void PlanTooLarge(ILogger logger, string deliveryId, string repository, string path, long size, long limit);

    [LoggerMessage(6012, LogLevel.Warning, "Job {DeliveryId}: {Path} in {Repository} has no phase PlanBot can read; nothing was published or closed")]
    public static partial void EmptyPlan(ILogger logger, string deliveryId, string repository, string path);

    [LoggerMessage(6013, LogLevel.Information, "Job {DeliveryId}: publishing {Path} of {Repository} ({Phases} phases, {Weeks} weeks) for {Reason} by {RequestedBy}")]
    public static partial void Publishing(ILogger logger, string deliveryId, string repository, string path, int phases, int weeks, string reason, string requestedBy);

    [LoggerMessage(6014, LogLevel.Warning, "Job {DeliveryId}: {ConfigPath} of {Repository} has {Count} problems; publishing with the defaults for them")]
    public static partial void ConfigProblems(ILogger logger, string deliveryId, string repository, string configPath, int count);

    [LoggerMessage(6020, LogLevel.Debug, "Delivery {DeliveryId}: {Reason}; not tracked")]
    public static partial void NotTracked(ILogger logger, string deliveryId, string reason);

    [LoggerMessage(6021, LogLevel.Information, "Delivery {DeliveryId}: week {Week} of {Repository} changed; tracking in {Delay} unless more changes follow")]
    public static partial void TrackingScheduled(ILogger logger, string deliveryId, int week, string repository, TimeSpan delay);

    [LoggerMessage(6022, LogLevel.Debug, "Job {DeliveryId}: a later change to {Repository} will be tracked with this one")]
    public static partial void Superseded(ILogger logger, string deliveryId, string repository);

    [LoggerMessage(6030, LogLevel.Debug, "Job {DeliveryId}: {Repository} was already checked on {Day}")]
    public static partial void AlreadyChecked(ILogger logger, string deliveryId, string repository, DateOnly day);

    [LoggerMessage(6031, LogLevel.Information, "Queued the daily check of {Count} published repositories for {Day}")]
    public static partial void DailyScheduled(ILogger logger, int count, DateOnly day);

    [LoggerMessage(6032, LogLevel.Debug, "Job {DeliveryId}: {Repository} is no longer published; nothing to do")]
    public static partial void NotPublished(ILogger logger, string deliveryId, string repository);
}
