namespace PlanBot.Core.Publishing;

public enum RunOutcome
{
    /// <summary>Every stage ran to the end; the checkpoint is gone.</summary>
    Completed,

    /// <summary>Another worker holds the repository; try again after <see cref="RunResult.RetryAfter"/>.</summary>
    Busy,

    /// <summary>The time budget ran out between two changes; run again with the same id to go on.</summary>
    Yielded,

    /// <summary>
    /// A request failed (<see cref="RunResult.Error"/>); run again with the same id to resume. <see cref="RunResult.StepsDone"/>
    /// tells whether this call got anywhere before.
    /// </summary>
    Failed,
}
