using PlanBot.Core.Planning;

namespace PlanBot.Core.Tracking;

/// <summary>
/// Plan → what GitHub should hold: the labels, a milestone and a phase issue per phase, an issue per week (in
/// its phase's milestone, a sub-issue of the phase issue when enabled) and the tracker issue.
/// </summary>
public sealed class DesiredStateBuilder
{
    private const string PlanBotColor = "5319e7";
    private const string PhaseColor = "1d76db";

    public DesiredState Build(PlanDocument plan, TrackingOptions options, PlanProgress progress)
    {
        var labels = new List<DesiredLabel> { new(options.Label, PlanBotColor, "Managed by PlanBot") };
        var milestones = new List<DesiredMilestone>();
        var issues = new List<DesiredIssue>();
        var footer = IssueBodyRenderer.Footer(options);
        foreach (var phase in plan.Phases)
        {
            var phaseLabel = options.PhaseLabel(phase.Number);
            labels.Add(new DesiredLabel(phaseLabel, PhaseColor, Describe(IssueBodyRenderer.PhaseTitle(phase))));
            var milestone = TrackingKey.Milestone(phase.Number);
            milestones.Add(new DesiredMilestone(milestone, IssueBodyRenderer.PhaseTitle(phase), IssueBodyRenderer.MilestoneDescription(phase), phase.Due));
            ValueList<string> issueLabels = new[] { options.Label, phaseLabel };
            issues.Add(new DesiredIssue(TrackingKey.Phase(phase.Number), IssueBodyRenderer.PhaseTitle(phase), IssueBodyRenderer.PhaseBody(phase) + footer, issueLabels, milestone, null));
            foreach (var week in phase.Weeks)
            {
                var parent = options.SubIssues ? TrackingKey.Phase(phase.Number) : null;
                issues.Add(new DesiredIssue(TrackingKey.Week(week.Number), IssueBodyRenderer.WeekTitle(week), IssueBodyRenderer.WeekBody(phase, week) + footer, issueLabels, milestone, parent));
            }
        }

        issues.Add(new DesiredIssue(TrackingKey.Tracker, IssueBodyRenderer.TrackerTitle(plan), TrackerRenderer.Render(progress), new[] { options.Label }, null, null));
        return new DesiredState(labels.DistinctBy(label => label.Name, StringComparer.OrdinalIgnoreCase).ToValueList(), milestones, issues);
    }

    // GitHub caps label descriptions at 100 characters.
    private static string Describe(string text) => text.Length <= 100 ? text : string.Concat(text.AsSpan(0, 99), "…");
}
