namespace PlanBot.Core.Telemetry;

/// <summary>How one publish run ended: the <c>outcome</c> tag of <c>planbot.publish.duration</c>.</summary>
public enum PublishOutcome
{
    /// <summary>The repository matches the plan.</summary>
    Completed,

    /// <summary>Queued again to go on later (time budget, a long GitHub pause, another run holding the repository).</summary>
    Continued,

    /// <summary>Failed before it got anywhere; the queue retries it.</summary>
    Failed,
}
