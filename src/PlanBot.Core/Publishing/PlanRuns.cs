using System.Globalization;
using PlanBot.Core.Planning;
using PlanBot.Core.Tracking;

namespace PlanBot.Core.Publishing;

/// <summary>The stages of PlanBot's three runs: publishing a plan, tracking a burst of issue events, and the daily check.</summary>
public static class PlanRuns
{
    private static readonly ProgressTracker Tracker = new();
    private static readonly PlanPublisher Publisher = new();
    private static readonly SlipDetector Slips = new();

    /// <summary>
    /// Progress first, then the plan: publishing rewrites the tracker's record of closed weeks, and a week closed early
    /// would otherwise never get its comment.
    /// </summary>
    public static ValueList<Func<ActualState, ChangeSet>> Publish(PlanDocument plan, TrackingOptions options, DateOnly today) => new Func<ActualState, ChangeSet>[]
    {
        actual => Tracker.Track(plan, actual, options, today).Changes,
        actual => Publisher.Publish(plan, actual, options, today),
    };

    /// <summary>Ticks and closes → closed weeks, comments, closed milestones, and one tracker update.</summary>
    public static ValueList<Func<ActualState, ChangeSet>> Track(PlanDocument plan, TrackingOptions options, DateOnly today) => new Func<ActualState, ChangeSet>[]
    {
        actual => Tracker.Track(plan, actual, options, today).Changes,
    };

    /// <summary>
    /// Tracking as of <paramref name="today"/> (late weeks and the forecast move with the date) plus, on the tracker,
    /// one comment about the weeks that slipped since <paramref name="lastCheck"/>.
    /// </summary>
    public static ValueList<Func<ActualState, ChangeSet>> Daily(PlanDocument plan, TrackingOptions options, DateOnly today, DateOnly lastCheck) => new Func<ActualState, ChangeSet>[]
    {
        actual =>
        {
            var update = Tracker.Track(plan, actual, options, today);
            var report = Slips.Detect(update.Progress, lastCheck);
            if (!report.HasSlips || OwnedObjects.Issues(actual).GetValueOrDefault(TrackingKey.Tracker) is not { } tracker)
            {
                return update.Changes;
            }

            var reason = "slipped:" + today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var comment = new Comment(new ObjectRef(TrackingKey.Tracker, tracker.Number), reason, SlipDetector.Render(report));
            return new ChangeSet(update.Changes.Operations.Prepend(comment).ToValueList());
        },
    };
}
