namespace PlanBot.GitHub.Tracking;

/// <summary>Configuration section <c>PlanBot:Tracking</c> (environment <c>PlanBot__Tracking__…</c>): timing of publishing and tracking runs.</summary>
public sealed class TrackingJobOptions
{
    public const string SectionName = "PlanBot:Tracking";

    /// <summary>How long after the last tick of a burst the tracking run waits, so one run (one tracker edit) covers the burst.</summary>
    public TimeSpan QuietPeriod { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>A burst that goes on longer than this is tracked anyway, so progress never waits for ever.</summary>
    public TimeSpan MaxBurst { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How long a run holds a repository without saving a step; a worker that died frees it after this.</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How long one queue message works on a run before it queues the rest (the Functions timeout is 5 minutes on Consumption).</summary>
    public TimeSpan RunBudget { get; set; } = TimeSpan.FromMinutes(3);

    /// <summary>How long a run that stopped half way keeps the repository for its retry before other runs may replace its checkpoint.</summary>
    public TimeSpan Precedence { get; set; } = TimeSpan.FromMinutes(30);
}
