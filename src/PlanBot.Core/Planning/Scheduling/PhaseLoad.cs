using PlanBot.Core.Planning.Work;

namespace PlanBot.Core.Planning.Scheduling;

/// <summary>
/// One phase: weeks <see cref="FirstWeek"/> to <see cref="FirstWeek"/> + <see cref="Weeks"/> − 1 of the plan, the
/// items it works on (<see cref="Touched"/>) and those it finishes (<see cref="Finished"/>), and its hours.
/// </summary>
internal sealed record PhaseLoad(int Number, int FirstWeek, int Weeks, IReadOnlyList<WorkItem> Touched, IReadOnlyList<WorkItem> Finished, int Hours)
{
    /// <summary>The phase the documents propose that this one follows (from 0), or null for a phase of the plan's own.</summary>
    public int? Suggested { get; init; }

    public bool Holds(int week) => week >= FirstWeek && week < FirstWeek + Weeks;
}
