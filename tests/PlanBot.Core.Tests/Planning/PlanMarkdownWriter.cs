using System.Globalization;
using System.Text;
using PlanBot.Core.Planning;
using PlanBot.Core.Rendering;

namespace PlanBot.Core.Tests.Planning;

/// <summary>
/// The trackable part of a plan written exactly as docs/plan-format.md shows it, text escaped with
/// <see cref="MarkdownText.Escape"/> like the renderer does: the other half of the round trip until the Liquid
/// renderer exists, and afterwards a second, independent writer of the same contract.
/// </summary>
internal static class PlanMarkdownWriter
{
    public static string Write(PlanDocument plan)
    {
        var text = new StringBuilder();
        text.Append("# Implementation Plan: ").Append(MarkdownText.Escape(plan.Title)).Append("\n\n");
        text.Append("## 1. Overview\n\n**Goal:** not a phase goal, the parser must skip it.\n\n- [ ] nor a criterion\n\n");
        text.Append("## 2. Phase Breakdown\n\n");
        foreach (var phase in plan.Phases)
        {
            text.Append(CultureInfo.InvariantCulture, $"### Phase {phase.Number}: {MarkdownText.Escape(phase.Name)} {Dates(phase.Start, phase.Due)}\n\n");
            text.Append("**Goal:** ").Append(MarkdownText.Escape(phase.Goal)).Append("\n\n");
            foreach (var week in phase.Weeks)
            {
                Week(text, week);
            }

            if (phase.AcceptanceCriteria.Count > 0)
            {
                text.Append(CultureInfo.InvariantCulture, $"#### Phase {phase.Number} acceptance criteria\n\n");
                Checkboxes(text, phase.AcceptanceCriteria);
            }
        }

        text.Append("## 3. Cross-Phase Considerations\n\n- [ ] Not part of any week.\n");
        return text.ToString();
    }

    private static void Items(StringBuilder text, string label, IReadOnlyList<string> items)
    {
        if (items.Count == 0)
        {
            return;
        }

        text.Append("**").Append(label).Append(":**\n");
        foreach (var item in items)
        {
            text.Append("- ").Append(MarkdownText.Escape(item)).Append('\n');
        }

        text.Append('\n');
    }

    private static void Week(StringBuilder text, PlanWeek week)
    {
        text.Append(CultureInfo.InvariantCulture, $"#### Week {week.Number}: {MarkdownText.Escape(week.Title)} {Dates(week.Start, week.Due)}\n\n");
        if (week.Traces.Count > 0)
        {
            text.Append("**Delivers:** ").AppendJoin(", ", week.Traces.Select(MarkdownText.Escape)).Append("\n\n");
        }

        Items(text, "Why", week.Reasons);
        Items(text, "Tasks", week.Tasks);

        if (week.Deliverables.Count > 0)
        {
            text.Append("**Deliverables:**\n");
            Checkboxes(text, week.Deliverables);
        }

        if (week.Demos.Count > 0)
        {
            text.Append("**Demo scenarios:**\n\n");
            for (var i = 0; i < week.Demos.Count; i++)
            {
                Demo(text, i + 1, week.Demos[i]);
            }
        }

        if (week.AcceptanceCriteria.Count > 0)
        {
            text.Append("**Acceptance criteria:**\n");
            Checkboxes(text, week.AcceptanceCriteria);
        }
    }

    private static void Demo(StringBuilder text, int number, DemoScenario demo)
    {
        var marker = number.ToString(CultureInfo.InvariantCulture) + ". ";
        var indent = new string(' ', marker.Length);
        var fence = new string('`', Math.Max(3, LongestRun(demo.Commands, '`') + 1));
        text.Append(marker).Append("**").Append(MarkdownText.Escape(demo.Title)).Append("**\n\n");
        text.Append(indent).Append(fence).Append("bash\n");
        foreach (var line in demo.Commands.Split('\n'))
        {
            text.Append(line.Length == 0 ? string.Empty : indent).Append(line).Append('\n');
        }

        text.Append(indent).Append(fence).Append("\n\n");
    }

    private static void Checkboxes(StringBuilder text, IEnumerable<Checkbox> items)
    {
        foreach (var item in items)
        {
            text.Append(item.Checked ? "- [x] " : "- [ ] ").Append(MarkdownText.Escape(item.Text)).Append('\n');
        }

        text.Append('\n');
    }

    private static string Dates(DateOnly start, DateOnly due) =>
        string.Create(CultureInfo.InvariantCulture, $"({start:yyyy-MM-dd} → {due:yyyy-MM-dd})");

    private static int LongestRun(string text, char c)
    {
        var longest = 0;
        var current = 0;
        foreach (var x in text)
        {
            current = x == c ? current + 1 : 0;
            longest = Math.Max(longest, current);
        }

        return longest;
    }
}
