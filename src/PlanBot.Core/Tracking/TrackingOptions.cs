namespace PlanBot.Core.Tracking;

/// <summary>
/// How a plan is published: the repository (for links and messages), the shared label, the per-phase label
/// prefix (<c>phase-</c> gives <c>phase-2</c>), whether weeks become sub-issues of their phase issue, and
/// whether a week whose acceptance criteria are all ticked is closed automatically.
/// </summary>
public sealed record TrackingOptions(
    string Repository,
    bool SubIssues = true,
    bool CloseWeeksAutomatically = true,
    string Label = "planbot",
    string PhaseLabelPrefix = "phase-")
{
    public string PhaseLabel(int phase) => PhaseLabelPrefix + phase.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
