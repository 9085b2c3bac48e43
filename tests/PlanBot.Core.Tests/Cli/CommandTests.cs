using System.Text.Json;
using PlanBot.Cli;
using PlanBot.Cli.Input;
using PlanBot.Core.Documents;
using PlanBot.Core.Rendering;
using PlanBot.Core.Scoping;
using PlanBot.Core.Scoping.Answers;
using Xunit;

namespace PlanBot.Core.Tests.Cli;

/// <summary>The commands over a hand-made core: what reaches the core, what reaches stdout/stderr, and the exit codes.</summary>
public sealed class CommandTests : IDisposable
{
    private const string AnswersText = "# answers\nteam.size: lots\ntimeline.start_date: 2027-01-04\n";

    private readonly TempFolder temp = new();

    public CommandTests()
    {
        temp.Write("docs/PRD.md", "# PRD text");
        temp.Write("docs/TRD.md", "# TRD text");
        temp.Write("answers.yml", AnswersText);
    }

    public void Dispose() => temp.Dispose();

    private string Docs => Path.Join(temp.Path, "docs");

    private string AnswersPath => Path.Join(temp.Path, "answers.yml");

    [Fact]
    public async Task Plan_prints_the_rendered_plan_and_reports_answer_problems_at_their_line()
    {
        var engine = new FakeEngine
        {
            Answers = new AnswerCollection(AnswerSet.Empty, List(new AnswerFinding(QuestionIds.TeamSize, AnswerFindingKind.Unclear, "give a head count, e.g. 4"))),
        };

        var result = await CliRunner.RunAsync(engine, "plan", Docs, "--answers", AnswersPath, "--today", "2027-01-01");

        Assert.Equal((ExitCodes.Success, "# Implementation Plan: Payments Reconciliation Plugin\n"), (result.ExitCode, result.Out));
        Assert.Equal([$"{AnswersPath}:2: unclear team.size: give a head count, e.g. 4"], result.ErrorLines);
        Assert.Equal(("# PRD text", "# TRD text"), engine.AnalyzedTexts);
        Assert.Equal((AnswersText, new DateTimeOffset(2027, 1, 1, 0, 0, 0, TimeSpan.Zero)), engine.CollectedAnswers);
        Assert.Equal(new DateOnly(2027, 1, 1), engine.PlanningOptions?.Today);
        Assert.Null(engine.Template);
    }

    [Fact]
    public async Task Without_today_the_plan_starts_from_the_clock_date()
    {
        var engine = new FakeEngine();

        await CliRunner.RunAsync(engine, "plan", Docs);

        Assert.Equal(DateOnly.FromDateTime(CliRunner.Now.UtcDateTime), engine.PlanningOptions?.Today);
        Assert.Null(engine.CollectedAnswers);
    }

    [Fact]
    public async Task Without_a_folder_the_bundled_sample_and_its_answers_are_used()
    {
        var engine = new FakeEngine();

        var result = await CliRunner.RunAsync(engine, "plan", "--today", "2026-11-25");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Equal((BundledSample.Prd.Text, BundledSample.Trd.Text), engine.AnalyzedTexts);
        Assert.Equal(BundledSample.Answers.Text, engine.CollectedAnswers?.Text);
    }

    [Fact]
    public async Task Plan_out_writes_the_file_and_says_so_on_stderr()
    {
        var outPath = Path.Join(temp.Path, "IMPLEMENTATION_PLAN.md");

        var result = await CliRunner.RunAsync(new FakeEngine(), "plan", Docs, "--out", outPath);

        Assert.Equal((ExitCodes.Success, string.Empty), (result.ExitCode, result.Out));
        Assert.Equal("# Implementation Plan: Payments Reconciliation Plugin\n", File.ReadAllText(outPath));
        Assert.Equal([$"planbot: wrote {outPath} (1 phase, 2 weeks)"], result.ErrorLines);
    }

    [Fact]
    public async Task Plan_out_into_a_missing_folder_is_one_line_and_exit_2()
    {
        var result = await CliRunner.RunAsync(new FakeEngine(), "plan", Docs, "--out", Path.Join(temp.Path, "no", "plan.md"));

        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.StartsWith("planbot: cannot write ", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_custom_template_reaches_the_renderer_and_its_render_errors_are_located()
    {
        var template = temp.Write("plan.liquid", "# {{ plan.title }}\n{{ plan.nme }}\n");
        var working = new FakeEngine();
        var failing = new FakeEngine { RenderFailure = new InvalidOperationException("Unknown variable 'plan.nme' at (2:4)") };

        var ok = await CliRunner.RunAsync(working, "plan", Docs, "--template", template);
        var failed = await CliRunner.RunAsync(failing, "plan", Docs, "--template", template);

        Assert.Equal(new PlanTemplate("# {{ plan.title }}\n{{ plan.nme }}\n", TemplateSyntax.Liquid), working.Template);
        Assert.Equal(ExitCodes.Success, ok.ExitCode);
        Assert.Equal(ExitCodes.UsageError, failed.ExitCode);
        Assert.Equal([$"planbot: {template}:2:4: template error: Unknown variable 'plan.nme' at (2:4)"], failed.ErrorLines);
    }

    [Fact]
    public async Task A_template_named_scriban_is_read_in_Scriban_syntax()
    {
        var template = temp.Write("plan.scriban", "# {{ plan.title }}\n{{ for phase in plan.phases }}- {{ phase.name }}\n{{ end }}\n");
        var engine = new FakeEngine();

        var result = await CliRunner.RunAsync(engine, "plan", Docs, "--template", template);

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Equal(TemplateSyntax.Scriban, engine.Template?.Syntax);
    }

    [Fact]
    public async Task A_failure_inside_the_core_is_one_line_and_exit_1()
    {
        var engine = new FakeEngine { AnalysisFailure = new InvalidOperationException("boom\n   at Somewhere()") };

        var result = await CliRunner.RunAsync(engine, "analyze", Docs);

        Assert.Equal(ExitCodes.Failure, result.ExitCode);
        Assert.Equal(["planbot: internal error: boom at Somewhere() (InvalidOperationException)"], result.ErrorLines);
    }

    [Fact]
    public async Task Lint_prints_findings_and_counts_and_exits_0_without_strict()
    {
        var result = await CliRunner.RunAsync(new FakeEngine(), "lint", Docs);

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Equal(
            $"{Path.Join(Docs, "PRD.md")}:42: warning PRD003: Success Criteria section is missing\n{Path.Join(Docs, "TRD.md")}: info TRD001: No Monitoring section\n",
            result.Out);
        Assert.Equal(["1 warning(s), 1 info"], result.ErrorLines);
    }

    [Theory]
    [InlineData(FindingSeverity.Warning, ExitCodes.Failure)]
    [InlineData(FindingSeverity.Info, ExitCodes.Success)]
    public async Task Lint_strict_fails_only_on_warnings(FindingSeverity severity, int expectedExitCode)
    {
        var engine = new FakeEngine { Findings = List(new QualityFinding(DocumentKind.Trd, "TRD004", severity, 7, "No performance target")) };

        var result = await CliRunner.RunAsync(engine, "lint", Docs, "--strict");

        Assert.Equal(expectedExitCode, result.ExitCode);
    }

    [Fact]
    public async Task Lint_strict_passes_clean_documents()
    {
        var result = await CliRunner.RunAsync(new FakeEngine { Findings = ValueList<QualityFinding>.Empty }, "lint", Docs, "--strict");

        Assert.Equal((ExitCodes.Success, string.Empty), (result.ExitCode, result.Out));
    }

    [Fact]
    public async Task Analyze_prints_the_summary_and_json_prints_documents_and_findings()
    {
        var text = await CliRunner.RunAsync(new FakeEngine(), "analyze", Docs);
        var json = await CliRunner.RunAsync(new FakeEngine(), "analyze", Docs, "--json");

        Assert.Contains($"    {Path.Join(Docs, "PRD.md")}:12  FR-001 Functional MustHave: Statement import (2 acceptance criteria)\n", text.Out, StringComparison.Ordinal);
        using var document = JsonDocument.Parse(json.Out);
        Assert.Equal("Payments Reconciliation Plugin", document.RootElement.GetProperty("documents").GetProperty("prd").GetProperty("title").GetString());
        Assert.Equal(2, document.RootElement.GetProperty("findings").GetArrayLength());
        Assert.Equal((0, 0), (text.ExitCode, json.ExitCode));
    }

    [Fact]
    public async Task Questions_prints_the_scoping_comment_with_answer_and_quality_findings()
    {
        var engine = new FakeEngine
        {
            Answers = new AnswerCollection(AnswerSet.Empty, List(new AnswerFinding("team.sise", AnswerFindingKind.Invalid, "unknown question; did you mean team.size?"))),
        };

        var result = await CliRunner.RunAsync(engine, "questions", Docs, "--answers", AnswersPath);

        Assert.Equal("<!-- planbot:scoping -->\n1 questions, 1 answer findings, 2 quality findings\n", result.Out);
        Assert.Equal(string.Empty, result.Error);
    }

    private static ValueList<T> List<T>(params T[] items) => items;
}
