namespace PlanBot.Core.Tracking;

/// <summary>A phase's weeks; its percentage weighs every week by its number of acceptance criteria.</summary>
public sealed record PhaseProgress(int Number, string Name, DateOnly Due, ValueList<WeekProgress> Weeks)
{
    public int Percent => Percentage.Of(Weeks.Sum(week => week.DoneUnits), Weeks.Sum(week => week.Units));

    public bool AllWeeksClosed => Weeks.Count > 0 && Weeks.All(week => week.Status == WeekStatus.Closed);
}
