using PlanBot.Core.Planning;

namespace PlanBot.Core.Tracking;

/// <summary>
/// One week's acceptance criteria as ticked on its issue (the plan's own criteria before it is published).
/// A week without criteria counts as one unit, done when its issue is closed.
/// </summary>
public sealed record WeekProgress(
    int Number,
    int Phase,
    string Title,
    DateOnly Due,
    WeekStatus Status,
    ValueList<Checkbox> Criteria,
    bool Late)
{
    public int Ticked => Criteria.Count(criterion => criterion.Checked);

    public int Total => Criteria.Count;

    public ValueList<string> Unticked => Criteria.Where(criterion => !criterion.Checked).Select(criterion => criterion.Text).ToValueList();

    public bool AllTicked => Total > 0 && Ticked == Total;

    internal int Units => Math.Max(Total, 1);

    internal int DoneUnits => Total > 0 ? Ticked : (Status == WeekStatus.Closed ? 1 : 0);
}
