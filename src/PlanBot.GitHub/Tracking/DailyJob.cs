namespace PlanBot.GitHub.Tracking;

/// <summary>The payload of a <see cref="TrackingJobs.Daily"/> job: the day it checks.</summary>
public sealed record DailyJob(DateOnly Day);
