namespace PlanBot.Core.Tracking;

/// <summary>
/// PlanBot's objects in an <see cref="ActualState"/>, by marker. When an interrupted run left two objects with the
/// same marker, the oldest (lowest number) is the one we keep using.
/// </summary>
internal static class OwnedObjects
{
    public static Dictionary<TrackingKey, RemoteIssue> Issues(ActualState actual) =>
        ByKey(actual.Issues, issue => issue.Body, issue => issue.Number, kind => kind != TrackingKind.Milestone);

    public static Dictionary<TrackingKey, RemoteMilestone> Milestones(ActualState actual) =>
        ByKey(actual.Milestones, milestone => milestone.Description, milestone => milestone.Number, kind => kind == TrackingKind.Milestone);

    private static Dictionary<TrackingKey, T> ByKey<T>(IEnumerable<T> items, Func<T, string?> body, Func<T, int> number, Func<TrackingKind, bool> accepts)
    {
        var result = new Dictionary<TrackingKey, T>();
        foreach (var item in items.OrderBy(number))
        {
            var key = TrackingKey.Find(body(item));
            if (key is not null && accepts(key.Kind))
            {
                result.TryAdd(key, item);
            }
        }

        return result;
    }
}
