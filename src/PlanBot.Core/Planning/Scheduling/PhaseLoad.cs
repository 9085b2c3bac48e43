using PlanBot.Core.Planning.Work;

namespace PlanBot.Core.Planning.Scheduling;

/// <summary>
/// The work of one phase and the weeks it gets: the hours over the capacity, clamped to the standard's range for the
/// phase. <see cref="OverflowHours"/> is what does not fit even the longest allowed phase.
/// </summary>
internal sealed record PhaseLoad(int Number, IReadOnlyList<WorkItem> Items, int Hours, int Weeks, int OverflowHours);
