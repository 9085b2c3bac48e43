namespace PlanBot.Core.Tracking;

/// <summary>
/// Milestone due dates as days. GitHub keeps <c>due_on</c> as a calendar day in its own (Pacific) time zone:
/// it takes the day the instant we send falls on there and returns that day's local midnight, e.g.
/// <c>2027-03-31T07:00:00Z</c>. Sending UTC midnight would land on the previous Pacific day, so we send
/// noon UTC, which is the same calendar day in every zone from UTC−12 to UTC+11.
/// </summary>
public static class GitHubDueDate
{
    private static readonly TimeOnly Noon = new(12, 0);
    private static readonly TimeSpan ReadingShift = TimeSpan.FromHours(11);

    public static DateTimeOffset ToDueOn(DateOnly day) => new(day.ToDateTime(Noon, DateTimeKind.Utc));

    /// <summary>
    /// The day GitHub means. What it can return for a day D — midnight of D in a zone from UTC−12 to UTC+11
    /// (its own Pacific zone gives 07:00Z or 08:00Z), UTC midnight, or the noon we sent — lies between
    /// 13:00 UTC on D−1 and 12:00 UTC on D; shifted by 11 hours, all of it falls on D.
    /// </summary>
    public static DateOnly ToDate(DateTimeOffset dueOn) => DateOnly.FromDateTime(dueOn.UtcDateTime.Add(ReadingShift));
}
