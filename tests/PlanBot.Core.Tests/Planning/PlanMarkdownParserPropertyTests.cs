using CsCheck;
using PlanBot.Core.Planning;
using Xunit;

namespace PlanBot.Core.Tests.Planning;

/// <summary>Round trips with random plans, and random Markdown that must never make the parser throw.</summary>
public sealed class PlanMarkdownParserPropertyTests
{
    private static readonly Gen<string> Line = Gen.OneOf(
        Gen.String[0, 40],
        Gen.OneOf(
            "# Implementation Plan: X", "# ", "## 2. Phase Breakdown", "### Phase 1: Foundation (2027-01-04 → 2027-01-22)",
            "### Phase 2 — B (2027-02-30 → 2027-01-01)", "### Phase 99999999999: too big", "### Phase 3", "Phase 4 - D",
            "#### Week 1: A (2027-01-04 -> 2027-01-08)", "#### Week 2: B (0001-01-01 to 0001-01-01)", "#### Week 3 – C (9999-12-31 → 9999-12-31)",
            "#### Week 4", "#### Week", "#### Phase 1 acceptance criteria", "##### Acceptance criteria", "###### Tasks",
            "**Goal:**", "**Goal:** g", "**Tasks:**", "**Deliverables:**", "**Demo scenarios:**", "**Acceptance criteria:**",
            "**Delivers:** FR-1, `GET /a,b`, ,", "**Phase acceptance criteria:**", "Tasks:", "**", "****", "__x__",
            "- [ ] a", "- [x] b", "- [X]", "- [ ]", "  - [ ] nested", "1. **Demo**", "   ```bash", "```", "~~~", "````", "   curl x",
            "> ### Phase 5: quoted", "---", "===", "<details>", "</details>", "<!-- c -->", "| a | b |", "&lt;&gt;&amp;", "\\*\\*", "@team #12",
            "\uFEFF", "\u200B", "\t- [ ] tab", "    indented code", "[link](http://x)", "![img](y)", "`code`", "\\"));

    private static readonly Gen<string> RandomMarkdown = Gen.Select(Line.Array[0, 40], Gen.OneOf("\n", "\r\n", "\r"), (lines, newline) => string.Join(newline, lines));

    private readonly PlanMarkdownParser parser = new();

    [Fact]
    public void Random_markdown_never_throws_and_gives_clean_text()
    {
        RandomMarkdown.Sample(markdown =>
        {
            var plan = parser.Parse(markdown);
            AssertClean(plan.Title);
            foreach (var phase in plan.Phases)
            {
                AssertClean(phase.Name);
                AssertClean(phase.Goal);
                Assert.All(phase.AcceptanceCriteria, box => AssertCleanItem(box.Text));
                foreach (var week in phase.Weeks)
                {
                    AssertClean(week.Title);
                    Assert.All(week.Tasks, AssertCleanItem);
                    Assert.All(week.Deliverables.Concat(week.AcceptanceCriteria), box => AssertCleanItem(box.Text));
                    Assert.All(week.Traces, AssertCleanItem);
                    Assert.All(week.Demos, demo => AssertClean(demo.Title));
                }
            }
        }, iter: 3000);
    }

    [Fact]
    public void Plain_text_plans_come_back_exactly()
    {
        PlanGenerators.Plans(PlanGenerators.PlainText, PlanGenerators.PlainNonEmpty).Sample(
            plan =>
            {
                var read = parser.Parse(PlanMarkdownWriter.Write(plan));
                // The JSON first, for a readable difference; then the records themselves.
                Assert.Equal(PlanDataFiles.ToJson(plan), PlanDataFiles.ToJson(read));
                Assert.Equal(plan, read);
            },
            iter: 1000);
    }

    [Fact]
    public void Any_plan_written_again_after_reading_gives_the_same_markdown()
    {
        PlanGenerators.Plans(PlanGenerators.RichText, PlanGenerators.RichNonEmpty).Sample(
            plan =>
            {
                var markdown = PlanMarkdownWriter.Write(plan);
                Assert.Equal(markdown, PlanMarkdownWriter.Write(parser.Parse(markdown)));
            },
            iter: 1000);
    }

    private static void AssertClean(string text)
    {
        Assert.NotNull(text);
        Assert.Equal(text.Trim(), text);
    }

    private static void AssertCleanItem(string text)
    {
        AssertClean(text);
        Assert.NotEmpty(text);
    }
}
