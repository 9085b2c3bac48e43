using Microsoft.Azure.Functions.Worker;
using PlanBot.GitHub.Tracking;

namespace PlanBot.Functions;

/// <summary>
/// Every morning (06:00 UTC), queues one check per published repository: weeks that slipped get flagged on the tracker
/// and the forecast is refreshed. The work runs from the queue, one repository per message.
/// </summary>
public sealed class TrackingDailyFunction(DailyTrackingScheduler scheduler)
{
    [Function("TrackingDaily")]
    public Task RunAsync([TimerTrigger("0 0 6 * * *")] TimerInfo timer, CancellationToken cancellationToken) =>
        scheduler.ScheduleAsync(cancellationToken);
}
