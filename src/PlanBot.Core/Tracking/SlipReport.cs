namespace PlanBot.Core.Tracking;

/// <summary>Weeks that went past their due date since the last check, with the forecast at that moment.</summary>
public sealed record SlipReport(DateOnly Since, DateOnly Today, ValueList<WeekProgress> Slipped, DateOnly PlannedEnd, DateOnly? Forecast)
{
    public bool HasSlips => Slipped.Count > 0;
}
