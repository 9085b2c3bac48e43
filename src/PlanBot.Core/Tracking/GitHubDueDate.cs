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

    public static DateTimeOffset ToDueOn(DateOnly day) => new(day.ToDateTime(Noon, DateTimeKind.Utc));

    /// <summary>
    /// The day GitHub means. Everything it returns for a day D (midnight of D in its zone, UTC midnight, or the
    /// noon we sent) lies between 00:00 and 12:00 UTC on D, so the UTC calendar day is the answer.
    /// </summary>
    public static DateOnly ToDate(DateTimeOffset dueOn) => DateOnly.FromDateTime(dueOn.UtcDateTime);
}
