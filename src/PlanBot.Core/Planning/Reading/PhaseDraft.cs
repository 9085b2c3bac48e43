namespace PlanBot.Core.Planning.Reading;

/// <summary>A phase being read. <see cref="Level"/> is its heading's level, which bounds what belongs to it.</summary>
internal sealed class PhaseDraft(PlanHeading heading, int level)
{
    public int Level { get; } = level;

    public DateRange? Dates { get; } = heading.Dates;

    public string Goal { get; set; } = string.Empty;

    public List<WeekDraft> Weeks { get; } = [];

    public List<Checkbox> AcceptanceCriteria { get; } = [];

    public PlanPhase ToPhase(DateRange dates, ValueList<PlanWeek> weeks) =>
        new(heading.Number, heading.Name, Goal, dates.Start, dates.Due, weeks, AcceptanceCriteria.ToValueList());
}
