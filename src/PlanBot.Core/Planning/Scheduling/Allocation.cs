namespace PlanBot.Core.Planning.Scheduling;

/// <summary>
/// The work laid out in weeks (<see cref="WeekChunks"/>, in order) and grouped into phases. <see cref="OverflowHours"/>
/// is the work beyond the standard's longest plan at this capacity; <see cref="Fits"/>: none, and the last week ends
/// by the deadline.
/// </summary>
internal sealed record Allocation(IReadOnlyList<PhaseLoad> Phases, IReadOnlyList<IReadOnlyList<Chunk>> WeekChunks, Timeline Timeline, int Hours, int OverflowHours)
{
    public int Weeks => WeekChunks.Count;

    public DateOnly End => Timeline.WeekDue(Weeks);

    /// <summary>Whole weeks between the last week's Friday and the deadline (0 without one).</summary>
    public int BufferWeeks => Timeline.Deadline is { } deadline ? (deadline.DayNumber - End.DayNumber) / 7 : 0;

    public bool MeetsDeadline => Timeline.Deadline is not { } deadline || End <= deadline;

    public bool Fits => OverflowHours == 0 && MeetsDeadline;
}
