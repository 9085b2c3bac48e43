namespace PlanBot.Core.Tracking;

/// <summary>Where a plan week stands on GitHub.</summary>
public enum WeekStatus
{
    NotPublished,
    Open,
    Closed,
}
