namespace PlanBot.Core.Planning.Scheduling;

/// <summary>The work split into the four phases, with their lengths. <see cref="Fits"/>: no overflow and the last week ends by the deadline.</summary>
internal sealed record Allocation(IReadOnlyList<PhaseLoad> Phases, Timeline Timeline)
{
    public int Weeks => Phases.Sum(p => p.Weeks);

    public int OverflowHours => Phases.Sum(p => p.OverflowHours);

    public int Hours => Phases.Sum(p => p.Hours);

    public DateOnly End => Timeline.WeekDue(Weeks);

    /// <summary>Whole weeks between the last week's Friday and the deadline (0 without one).</summary>
    public int BufferWeeks => Timeline.Deadline is { } deadline ? (deadline.DayNumber - End.DayNumber) / 7 : 0;

    public bool MeetsDeadline => Timeline.Deadline is not { } deadline || End <= deadline;

    public bool Fits => OverflowHours == 0 && MeetsDeadline;
}
