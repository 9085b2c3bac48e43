using System.Text;
using PlanBot.Core.Planning;
using PlanBot.Core.Rendering;
using Xunit;

namespace PlanBot.Core.Tests.Planning;

public sealed class PlanMarkdownParserTests
{
    private static readonly DateOnly Monday = new(2027, 1, 4);

    private readonly PlanMarkdownParser parser = new();

    [Theory]
    [InlineData("# Implementation Plan: Ledger\n", "Ledger")]
    [InlineData("# Implementation Plan — Ledger\n", "Ledger")]
    [InlineData("# implementation plan - Ledger\n", "Ledger")]
    [InlineData("# Ledger rollout\n", "Ledger rollout")]
    [InlineData("# Implementation Planning\n", "Implementation Planning")]
    [InlineData("# Implementation Plan: \n", "")]
    [InlineData("## No H1\n\n# First H1\n\n# Second H1\n", "First H1")]
    [InlineData("No heading at all", "")]
    [InlineData("", "")]
    public void Title_is_the_first_h1_without_the_standard_prefix(string markdown, string title)
    {
        Assert.Equal(title, parser.Parse(markdown).Title);
    }

    [Theory]
    [InlineData("a *b* _c_ `d` [e] ~f~ g|h")]
    [InlineData("<script>alert(1)</script> & &amp; &lt;")]
    [InlineData("ask @ops-team about #12, fixes #3")]
    [InlineData("- starts like a list")]
    [InlineData("## starts like a heading")]
    [InlineData("12. starts like an ordered list")]
    [InlineData("[x] starts like a ticked box")]
    [InlineData("back\\slash \\*")]
    [InlineData("line one\nline two")]
    public void Escaped_text_reads_back_to_what_escapes_the_same(string text)
    {
        var week = OneWeek(criterion: text) with { Title = text, Tasks = new[] { text }, Traces = new[] { text.Replace(',', ';') } };
        var plan = new PlanDocument(text, new[] { Phase(week) with { Name = text, Goal = text } });

        var read = parser.Parse(PlanMarkdownWriter.Write(plan));

        var readWeek = read.Phases[0].Weeks[0];
        foreach (var (written, back) in new[]
        {
            (plan.Title, read.Title), (text, read.Phases[0].Name), (text, read.Phases[0].Goal), (text, readWeek.Title),
            (text, readWeek.Tasks[0]), (text, readWeek.AcceptanceCriteria[0].Text), (text.Replace(',', ';'), readWeek.Traces[0]),
        })
        {
            Assert.Equal(MarkdownText.Escape(written), MarkdownText.Escape(back));
        }
    }

    [Fact]
    public void Text_the_escaper_keeps_comes_back_exactly_and_neutralised_mentions_stay_neutralised()
    {
        var plan = new PlanDocument("Ledger", new[] { Phase(OneWeek(criterion: "P99 < 50ms; ask @ops about #12")) });

        var criterion = parser.Parse(PlanMarkdownWriter.Write(plan)).Phases[0].Weeks[0].AcceptanceCriteria[0].Text;

        Assert.Equal("P99 < 50ms; ask @\u200Bops about #\u200B12", criterion);
    }

    [Fact]
    public void Code_spans_lose_their_backticks_and_protect_commas_in_traces()
    {
        var markdown = Week("**Delivers:** FR-001, `GET /v1/items?fields=a,b`, table `statements`,  , PostgreSQL\n");

        var week = parser.Parse(markdown).Phases[0].Weeks[0];

        Assert.Equal(new[] { "FR-001", "GET /v1/items?fields=a,b", "table statements", "PostgreSQL" }, week.Traces);
    }

    [Fact]
    public void Traces_may_also_be_a_list()
    {
        var week = parser.Parse(Week("**Delivers:**\n\n- FR-001\n- `POST /v1/statements`\n")).Phases[0].Weeks[0];

        Assert.Equal(new[] { "FR-001", "POST /v1/statements" }, week.Traces);
    }

    [Theory]
    [InlineData("**Tasks:**\n- a")]
    [InlineData("**Tasks**:\n- a")]
    [InlineData("__Tasks:__\n- a")]
    [InlineData("Tasks:\n\n- a")]
    [InlineData("##### Tasks\n\n- a")]
    [InlineData("##### tasks:\n\n- a")]
    [InlineData("**Tasks:** what a person added after the label\n- a")]
    public void Block_labels_are_bold_lines_plain_lines_or_headings(string block)
    {
        Assert.Equal(new[] { "a" }, parser.Parse(Week(block)).Phases[0].Weeks[0].Tasks);
    }

    [Theory]
    [InlineData("\\*\\*Tasks:\\*\\*\n- a")]
    [InlineData("The tasks are below:\n- a")]
    [InlineData("**Notes:**\n- a")]
    public void Escaped_or_unknown_labels_do_not_open_a_block(string block)
    {
        Assert.Empty(parser.Parse(Week(block)).Phases[0].Weeks[0].Tasks);
    }

    [Fact]
    public void A_code_block_outside_demo_scenarios_is_not_a_demo()
    {
        var week = parser.Parse(Week("**Tasks:**\n\n```bash\ncurl x\n```\n")).Phases[0].Weeks[0];

        Assert.Empty(week.Demos);
    }

    [Fact]
    public void Dates_at_the_ends_of_the_calendar_do_not_overflow()
    {
        var markdown = "### Phase 1: Start\n\n#### Week 1: Before\n\n#### Week 2: First (0001-01-01 → 0001-01-05)\n\n"
            + "### Phase 2: End\n\n#### Week 3: Last (9999-12-27 → 9999-12-31)\n\n#### Week 4: After\n";

        var weeks = parser.Parse(markdown).Phases.SelectMany(p => p.Weeks).ToList();

        Assert.Equal(DateOnly.MinValue, weeks[0].Start);
        Assert.Equal((DateOnly.MaxValue, DateOnly.MaxValue), (weeks[3].Start, weeks[3].Due));
    }

    [Fact]
    public void A_plan_without_any_date_counts_from_the_first_monday_of_the_calendar()
    {
        var phases = parser.Parse("### Phase 1: A\n\n#### Week 1: a\n\n#### Week 2: b\n\n### Phase 2: B\n").Phases;

        Assert.Equal((DateOnly.MinValue, new DateOnly(1, 1, 12)), (phases[0].Start, phases[0].Due));
        Assert.Equal((new DateOnly(1, 1, 15), new DateOnly(1, 1, 19)), (phases[1].Start, phases[1].Due));
    }

    [Theory]
    [InlineData("\uFEFF")]
    [InlineData("\r\n\r\n")]
    [InlineData("#")]
    [InlineData("### Phase 99999999999: not a number we keep")]
    [InlineData("#### Week 1: a week outside any phase")]
    [InlineData("### Phase 1.1: not a phase number")]
    [InlineData("**Goal:**")]
    [InlineData("- [ ]")]
    [InlineData("\0\0\0")]
    public void Odd_input_gives_a_plan_without_phases(string markdown)
    {
        Assert.Empty(parser.Parse(markdown).Phases);
    }

    [Theory]
    [InlineData("x (2027-02-30 → 2027-03-01)")]
    [InlineData("x (2027-01-04 →)")]
    [InlineData("x (2027-01-04 ~ 2027-01-08)")]
    [InlineData("x (2027-01-04 → 2027-01-08) y")]
    [InlineData("x ()")]
    public void What_is_not_a_date_range_stays_in_the_name(string name)
    {
        var phase = parser.Parse($"### Phase 1: {name}\n").Phases.Single();

        Assert.Equal(name, phase.Name);
        Assert.Equal(DateOnly.MinValue, phase.Start);
    }

    [Theory]
    [InlineData("- ")]
    [InlineData("> ")]
    [InlineData("1. ")]
    public void Markdown_nested_beyond_markdigs_limit_gives_an_empty_plan_instead_of_an_exception(string level)
    {
        var markdown = Week("**Acceptance criteria:**\n" + string.Concat(Enumerable.Repeat(level, 1000)) + "deep");

        var plan = parser.Parse(markdown);

        Assert.Equal(new PlanDocument(string.Empty, ValueList<PlanPhase>.Empty), plan);
    }

    // Inputs that are slow (quadratic) or throw in Markdig's emphasis and link parsers, and a plan with many
    // undated weeks. They are read in one pass; the speed itself is measured in bench/ (PlanParserBenchmarks).
    [Theory]
    [InlineData("*a ")]
    [InlineData(" *a* ")]
    [InlineData("[")]
    [InlineData("[a](")]
    [InlineData("_a ")]
    [InlineData("`a")]
    [InlineData("&lt;")]
    public void Long_runs_of_inline_syntax_in_one_criterion_are_read(string run)
    {
        var criterion = string.Concat(Enumerable.Repeat(run, 20_000)).Trim();

        var read = parser.Parse(Week("**Acceptance criteria:**\n- [x] " + criterion)).Phases[0].Weeks[0].AcceptanceCriteria;

        Assert.True(read.Single().Checked);
        Assert.Equal(MarkdownText.Escape(criterion).Length > 0, read.Single().Text.Length > 0);
    }

    [Fact]
    public void Thousands_of_undated_weeks_follow_each_other()
    {
        var markdown = new StringBuilder("### Phase 1: Long (2027-01-04 → 2027-01-08)\n\n");
        for (var i = 1; i <= 20_000; i++)
        {
            markdown.Append("#### Week ").Append(i).Append(": w\n\n- [ ] c\n\n");
        }

        var weeks = parser.Parse(markdown.ToString()).Phases[0].Weeks;

        Assert.Equal(20_000, weeks.Count);
        Assert.Equal(Monday.AddDays(7 * 19_999), weeks[^1].Start);
    }

    [Fact]
    public void The_authors_plans_in_the_corpus_are_read_without_an_exception()
    {
        foreach (var (name, markdown) in CorpusPlans.All())
        {
            var plan = parser.Parse(markdown);

            Assert.True(plan.Title == plan.Title.Trim(), name);
            Assert.All(plan.Phases, phase => Assert.True(phase.Weeks.All(week => week.Title == week.Title.Trim()), name));
        }
    }

    private static string Week(string block) =>
        $"### Phase 1: P ({Monday:yyyy-MM-dd} → {Monday.AddDays(4):yyyy-MM-dd})\n\n#### Week 1: W\n\n{block}\n";

    private static PlanWeek OneWeek(string criterion) => new(
        1,
        "W",
        Monday,
        Monday.AddDays(4),
        ValueList<string>.Empty,
        ValueList<Checkbox>.Empty,
        ValueList<DemoScenario>.Empty,
        new[] { new Checkbox(criterion, false) },
        ValueList<string>.Empty);

    private static PlanPhase Phase(PlanWeek week) =>
        new(1, "P", "G", week.Start, week.Due, new[] { week }, ValueList<Checkbox>.Empty);
}
