using System.Globalization;
using System.Text;
using PlanBot.Core.Planning;
using PlanBot.Core.Rendering;

namespace PlanBot.Core.Tracking;

/// <summary>
/// Titles and bodies of the milestones and issues a plan publishes. Every body starts with the object's marker;
/// document text is escaped so it cannot mention people, close issues or break the Markdown around it.
/// </summary>
public static class IssueBodyRenderer
{
    private const string AcceptanceCriteriaHeading = "Acceptance criteria";
    private const int MaxTitleLength = 256;

    public static string PhaseTitle(PlanPhase phase) => Title($"Phase {Number(phase.Number)}: {phase.Name}");

    public static string WeekTitle(PlanWeek week) => Title($"Week {Number(week.Number)}: {week.Title}");

    public static string TrackerTitle(PlanDocument plan) => Title($"Plan tracker: {plan.Title}");

    public static string MilestoneDescription(PlanPhase phase)
    {
        var text = new StringBuilder();
        text.Append(TrackingKey.Milestone(phase.Number).Marker).Append('\n');
        text.Append(MarkdownText.Escape(phase.Goal.Trim())).Append('\n');
        if (phase.AcceptanceCriteria.Count > 0)
        {
            text.Append('\n').Append(AcceptanceCriteriaHeading).Append(":\n");
            AppendTaskList(text, phase.AcceptanceCriteria);
        }

        return text.ToString();
    }

    public static string PhaseBody(PlanPhase phase)
    {
        var text = new StringBuilder();
        text.Append(TrackingKey.Phase(phase.Number).Marker).Append('\n');
        text.Append(CultureInfo.InvariantCulture, $"**Goal:** {Inline(phase.Goal)}\n\n");
        text.Append(CultureInfo.InvariantCulture, $"**Dates:** {Day(phase.Start)} → {Day(phase.Due)}\n");
        if (phase.AcceptanceCriteria.Count > 0)
        {
            Section(text, AcceptanceCriteriaHeading);
            AppendTaskList(text, phase.AcceptanceCriteria);
        }

        if (phase.Weeks.Count > 0)
        {
            Section(text, "Weeks");
            foreach (var week in phase.Weeks)
            {
                text.Append(CultureInfo.InvariantCulture, $"- {Inline(WeekTitle(week))} (due {Day(week.Due)})\n");
            }
        }

        return text.ToString();
    }

    public static string WeekBody(PlanPhase phase, PlanWeek week)
    {
        var text = new StringBuilder();
        text.Append(TrackingKey.Week(week.Number).Marker).Append('\n');
        text.Append(CultureInfo.InvariantCulture, $"**{Inline(PhaseTitle(phase))}** · {Day(week.Start)} → {Day(week.Due)}\n");
        if (week.Tasks.Count > 0)
        {
            Section(text, "Tasks");
            foreach (var task in week.Tasks)
            {
                text.Append("- ").Append(ListItem(task)).Append('\n');
            }
        }

        if (week.Deliverables.Count > 0)
        {
            Section(text, "Deliverables");
            AppendTaskList(text, week.Deliverables);
        }

        if (week.AcceptanceCriteria.Count > 0)
        {
            Section(text, AcceptanceCriteriaHeading);
            AppendTaskList(text, week.AcceptanceCriteria);
        }

        if (week.Demos.Count > 0)
        {
            Section(text, "Demo scenarios");
            foreach (var demo in week.Demos)
            {
                var fence = MarkdownText.Fence(demo.Commands);
                text.Append("**").Append(Inline(demo.Title)).Append("**\n\n");
                text.Append(fence).Append("bash\n").Append(demo.Commands.TrimEnd()).Append('\n').Append(fence).Append("\n\n");
            }

            text.Length--;
        }

        if (week.Traces.Count > 0)
        {
            Section(text, "Traces");
            text.Append(ListItem(string.Join(", ", week.Traces))).Append('\n');
        }

        List(text, "Why", week.Reasons);
        List(text, "Needs", week.Needs);

        return text.ToString();
    }

    /// <summary>The note under phase and week bodies: where the plan lives and what to edit where.</summary>
    public static string Footer(TrackingOptions options) =>
        $"\n_Managed by PlanBot from [the implementation plan]({options.PlanUrl.AbsoluteUri}): tick boxes here, change scope in the plan._\n";

    internal static string Inline(string text) => MarkdownText.Escape(text).ReplaceLineEndings(" ").Trim();

    // Text that starts like a task box, a heading, a quote or a list item would turn into one at the start of a line.
    private static string ListItem(string text)
    {
        var inline = Inline(text);
        return inline.Length > 0 && inline[0] is '[' or '#' or '-' or '+' or '*' or '>' ? "\\" + inline : inline;
    }

    internal static string Days(int count) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} day{(count == 1 ? string.Empty : "s")}");

    internal static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Number(int number) => number.ToString(CultureInfo.InvariantCulture);

    // Titles are plain text on GitHub (no mentions, no links), so they only lose line breaks, and are cut to
    // the 256 characters GitHub accepts.
    private static string Title(string text)
    {
        var line = text.ReplaceLineEndings(" ").Trim();
        return line.Length <= MaxTitleLength ? line : string.Concat(line.AsSpan(0, MaxTitleLength - 1), "…");
    }

    private static void Section(StringBuilder text, string heading) => text.Append("\n### ").Append(heading).Append("\n\n");

    /// <summary>A section of plain items, left out when there are none.</summary>
    private static void List(StringBuilder text, string heading, IReadOnlyList<string> items)
    {
        if (items.Count == 0)
        {
            return;
        }

        Section(text, heading);
        foreach (var item in items)
        {
            text.Append("- ").Append(ListItem(item)).Append('\n');
        }
    }

    private static void AppendTaskList(StringBuilder text, IEnumerable<Checkbox> items)
    {
        foreach (var item in items)
        {
            text.Append(item.Checked ? "- [x] " : "- [ ] ").Append(ListItem(item.Text)).Append('\n');
        }
    }
}
