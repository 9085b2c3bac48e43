namespace PlanBot.Core.Planning.Reading;

/// <summary>A week being read. <see cref="Level"/> is its heading's level, which bounds what belongs to it.</summary>
internal sealed class WeekDraft(PlanHeading heading, int level)
{
    public int Level { get; } = level;

    public DateRange? Dates { get; } = heading.Dates;

    public List<string> Tasks { get; } = [];

    public List<Checkbox> Deliverables { get; } = [];

    public List<DemoDraft> Demos { get; } = [];

    public List<Checkbox> AcceptanceCriteria { get; } = [];

    public List<string> Traces { get; } = [];

    public List<string> Reasons { get; } = [];

    public List<string> Needs { get; } = [];

    public PlanWeek ToWeek(DateRange dates) => new(
        heading.Number,
        heading.Name,
        dates.Start,
        dates.Due,
        Tasks.ToValueList(),
        Deliverables.ToValueList(),
        Demos.Select(demo => demo.ToDemo()).ToValueList(),
        AcceptanceCriteria.ToValueList(),
        Traces.ToValueList())
    {
        Reasons = Reasons.ToValueList(),
        Needs = Needs.ToValueList(),
    };
}
