using System.Text.Json;
using PlanBot.Cli.Input;
using PlanBot.Cli.Output;
using PlanBot.Core;
using PlanBot.Core.Scoping.Answers;
using Xunit;

namespace PlanBot.Core.Tests.Cli;

public sealed class OutputFormatTests
{
    [Fact]
    public void Quality_findings_are_compiler_style_lines_with_the_document_path()
    {
        var lines = HandMadeDocuments.Findings.Select(f => FindingLines.Format(f, HandMadeDocuments.Pair)).ToArray();

        Assert.Equal(
            ["docs/PRD.md:42: warning PRD003: Success Criteria section is missing", "docs/TRD.md: info TRD001: No Monitoring section"],
            lines);
    }

    [Theory]
    [InlineData("team.size", "docs/answers.yml:3: invalid team.size: not a number")]
    [InlineData("TIMELINE.START_DATE", "docs/answers.yml:5: invalid TIMELINE.START_DATE: not a number")]
    [InlineData("team.sise", "docs/answers.yml: invalid team.sise: not a number")]
    public void Answer_findings_point_at_the_last_line_that_sets_the_question(string questionId, string expected)
    {
        var file = new SourceText("docs/answers.yml", "# answers\nteam.size: 2\n  team.size : lots\n```yaml\ntimeline.start_date: soon\n```\n");

        var line = FindingLines.Format(new AnswerFinding(questionId, AnswerFindingKind.Invalid, "not a number"), file);

        Assert.Equal(expected, line);
    }

    [Fact]
    public void Json_has_enums_as_names_lists_as_arrays_and_lf_line_ends()
    {
        var json = AnalysisJson.Serialize(new AnalysisReport(HandMadeDocuments.Set, HandMadeDocuments.Findings));

        Assert.DoesNotContain("\r", json, StringComparison.Ordinal);
        Assert.EndsWith("}\n", json, StringComparison.Ordinal);
        Assert.Contains("Bank layouts vary — a lot", json, StringComparison.Ordinal);
        using var document = JsonDocument.Parse(json);
        var prd = document.RootElement.GetProperty("documents").GetProperty("prd");
        Assert.Equal("Prd", prd.GetProperty("kind").GetString());
        var requirement = prd.GetProperty("requirements")[0];
        Assert.Equal("MustHave", requirement.GetProperty("priority").GetString());
        Assert.Equal(2, requirement.GetProperty("acceptanceCriteria").GetArrayLength());
        Assert.Equal("Approved", prd.GetProperty("metadata").GetProperty("Status").GetString());
        var finding = document.RootElement.GetProperty("findings")[0];
        Assert.Equal("Warning", finding.GetProperty("severity").GetString());
    }

    /// <summary>
    /// The ahead-of-time compiled tool has no reflection fallback, and a list writes its items' contract only when it
    /// has items: every item type the report can hold must have one, whether or not a test document fills its list.
    /// </summary>
    [Fact]
    public void Every_kind_of_list_item_in_the_report_has_a_generated_contract()
    {
        var itemTypes = JsonContracts.ListItemTypes(typeof(AnalysisReport));

        Assert.True(itemTypes.Count > 10, string.Join(", ", itemTypes.Select(t => t.Name)));
        Assert.All(itemTypes, t => Assert.True(AnalysisJson.Options.TryGetTypeInfo(t, out _), $"no generated contract for {t.Name}"));
    }

    [Fact]
    public void Json_is_the_same_for_equal_inputs() =>
        Assert.Equal(
            AnalysisJson.Serialize(new AnalysisReport(HandMadeDocuments.Set, HandMadeDocuments.Findings)),
            AnalysisJson.Serialize(new AnalysisReport(HandMadeDocuments.Set with { }, HandMadeDocuments.Findings.ToValueList())));

    [Theory]
    [InlineData("docs/PRD.md (PRD): Payments Reconciliation Plugin")]
    [InlineData("  Status: Approved")]
    [InlineData("  1 requirement")]
    [InlineData("    docs/PRD.md:12  FR-001 Functional MustHave: Statement import (2 acceptance criteria)")]
    [InlineData("    docs/PRD.md:7  US-001: as reconciliation operator, upload a statement, so that lines are matched")]
    [InlineData("  2 endpoints")]
    [InlineData("    docs/TRD.md:6  GET /v1/reconciliations/{id}")]
    [InlineData("    docs/TRD.md:9  statements (2 fields)")]
    [InlineData("    docs/PRD.md:30  Midaz [PlatformService] x4")]
    [InlineData("    docs/PRD.md:40  latency: P99 < 200ms")]
    [InlineData("    docs/PRD.md:60  Phase 1 — Foundation (3 weeks)")]
    [InlineData("  0 success criteria")]
    [InlineData("  0 entities")]
    [InlineData("  not found: Success Criteria")]
    [InlineData("2 findings:")]
    [InlineData("  docs/PRD.md:42: warning PRD003: Success Criteria section is missing")]
    public void Text_summary_lists_counts_and_items_with_their_lines(string expectedLine)
    {
        var text = AnalysisText.Render(new AnalysisReport(HandMadeDocuments.Set, HandMadeDocuments.Findings), HandMadeDocuments.Pair);

        Assert.Contains(expectedLine, text.Split('\n'));
    }
}
