using System.Text.RegularExpressions;
using PlanBot.Core.Planning;
using PlanBot.Core.Rendering;
using PlanBot.Core.Tests.Planning;

namespace PlanBot.Core.Tests.Rendering;

/// <summary>The built-in template: the standard's sections, the plan-format contract, and safe text.</summary>
public sealed partial class PlanRendererTests
{
    private static readonly ImplementationPlan Plan = Plans.Sample();
    private static readonly string Markdown = Plans.Render(Plan);

    [Theory]
    [InlineData("## 1. Overview")]
    [InlineData("### Project Summary")]
    [InlineData("### Implementation Philosophy")]
    [InlineData("### Success Criteria")]
    [InlineData("## 2. Phase Breakdown")]
    [InlineData("## 3. Cross-Phase Considerations")]
    [InlineData("## 4. Development Standards & Practices")]
    [InlineData("## 5. Risk Management")]
    [InlineData("### Technical Risks")]
    [InlineData("### Project Risks")]
    [InlineData("## 6. Success Metrics & Validation")]
    [InlineData("## 7. Deployment Strategy")]
    [InlineData("## 8. Handover & Maintenance")]
    [InlineData("## 9. Assumptions")]
    [InlineData("## 10. Decision Log")]
    [InlineData("## 11. Requirements Traceability Matrix")]
    [InlineData("## 12. Timeline")]
    [InlineData("```mermaid")]
    public void Has_every_section_of_the_standard_and_the_additions(string heading) =>
        Assert.Contains("\n" + heading + "\n", Markdown, StringComparison.Ordinal);

    [Fact]
    public void Phases_and_weeks_follow_the_plan_format()
    {
        var phases = PhaseHeading().Matches(Markdown);
        var weeks = WeekHeading().Matches(Markdown);

        Assert.Equal(Plan.Document.Phases.Select(p => $"{p.Number}|{p.Name}|{p.Start:yyyy-MM-dd}|{p.Due:yyyy-MM-dd}"), phases.Select(m => $"{m.Groups[1]}|{m.Groups[2]}|{m.Groups[3]}|{m.Groups[4]}"));
        Assert.Equal(Plans.Weeks(Plan).Select(w => $"{w.Number}|{w.Start:yyyy-MM-dd}|{w.Due:yyyy-MM-dd}"), weeks.Select(m => $"{m.Groups[1]}|{m.Groups[3]}|{m.Groups[4]}"));
        Assert.StartsWith("# Implementation Plan: Payments Reconciliation Plugin\n", Markdown, StringComparison.Ordinal);
        Assert.Equal(4, Regex.Count(Markdown, @"^#### Phase \d acceptance criteria$", RegexOptions.Multiline));
        Assert.Equal(Plans.Weeks(Plan).Count(), Regex.Count(Markdown, @"^\*\*Delivers:\*\* ", RegexOptions.Multiline));
    }

    [Fact]
    public void Checkboxes_keep_their_state()
    {
        var phase = Plan.Document.Phases[0];
        var ticked = Plan with
        {
            Document = Plan.Document with
            {
                Phases = new ValueList<PlanPhase>([phase with { AcceptanceCriteria = new ValueList<Checkbox>([new Checkbox("Done thing", true)]) }, .. Plan.Document.Phases.Skip(1)]),
            },
        };

        Assert.Contains("\n- [x] Done thing\n", Plans.Render(ticked), StringComparison.Ordinal);
    }

    [Fact]
    public void Delivers_shows_endpoints_and_tables_as_code()
    {
        Assert.Contains("**Delivers:** FR-001, `POST /v1/statements`, `GET /v1/statements/{id}`", Markdown, StringComparison.Ordinal);
        Assert.Contains("table `statement_lines`", Markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Document_text_cannot_mention_people_close_issues_or_break_tables()
    {
        Assert.DoesNotContain("@finance", Markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("fixes #12", Markdown, StringComparison.Ordinal);
        Assert.Contains("@\u200Bfinance-team", Markdown, StringComparison.Ordinal);
        Assert.Contains("CSV \\| PDF", Markdown, StringComparison.Ordinal);
        foreach (var table in Tables().Matches(Markdown).Select(m => m.Value.Split('\n', StringSplitOptions.RemoveEmptyEntries)))
        {
            var columns = Cells(table[0]);
            Assert.All(table, row => Assert.Equal(columns, Cells(row)));
        }
    }

    [Fact]
    public void Output_is_LF_only_with_one_newline_at_the_end_and_no_runs_of_blank_lines()
    {
        Assert.DoesNotContain('\r', Markdown);
        Assert.EndsWith("```\n", Markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("\n\n\n", Markdown, StringComparison.Ordinal);
        Assert.DoesNotContain(" \n", Markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void The_Gantt_chart_has_a_bar_per_week_and_the_deadline()
    {
        var gantt = Markdown[Markdown.IndexOf("```mermaid", StringComparison.Ordinal)..];

        Assert.Equal(Plans.Weeks(Plan).Count(), Regex.Count(gantt, @":w\d+, \d{4}-\d{2}-\d{2}, 5d$", RegexOptions.Multiline));
        Assert.Contains("    Deadline :milestone, deadline, 2027-04-30, 0d\n", gantt, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"\n    Week [^\n]*[#;][^\n]*:w", gantt);
    }

    private static int Cells(string row) => Regex.Count(row, @"(?<!\\)\|");

    [GeneratedRegex(@"^### Phase (\d+): (.+) \((\d{4}-\d{2}-\d{2}) → (\d{4}-\d{2}-\d{2})\)$", RegexOptions.Multiline)]
    private static partial Regex PhaseHeading();

    [GeneratedRegex(@"^#### Week (\d+): (.+) \((\d{4}-\d{2}-\d{2}) → (\d{4}-\d{2}-\d{2})\)$", RegexOptions.Multiline)]
    private static partial Regex WeekHeading();

    [GeneratedRegex(@"(?:^\|.*\|\n)+", RegexOptions.Multiline)]
    private static partial Regex Tables();
}
