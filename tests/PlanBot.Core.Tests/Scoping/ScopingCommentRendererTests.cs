using PlanBot.Core.Documents;
using PlanBot.Core.Scoping;
using PlanBot.Core.Scoping.Answers;
using Xunit;

namespace PlanBot.Core.Tests.Scoping;

public sealed class ScopingCommentRendererTests
{
    private static readonly Questionnaire Questions = new QuestionnaireBuilder().Build(SampleDocuments.Set);

    private static readonly DateTimeOffset At = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);

    private readonly ScopingCommentRenderer renderer = new();

    private readonly AnswerReader reader = new();

    private readonly AnswerCollector collector = new();

    [Fact]
    public void Renders_the_scoping_comment()
    {
        var collected = collector.Collect(
            new RawAnswer[]
            {
                new("team.size", "3 backend + 1 QA", AnswerSource.FillInBlock),
                new("team.domain_experts", "yes, @ana knows Midaz", AnswerSource.Command),
                new("scope.mvp", "FR-001, FR-003", AnswerSource.Checkbox),
                new("timeline.deadline", "soonish", AnswerSource.QuoteReply),
                new("team.sise", "4", AnswerSource.FillInBlock),
            },
            Questions,
            AnswerSet.Empty,
            "ana",
            At);
        var quality = new QualityFinding[]
        {
            new(DocumentKind.Trd, "TRD007", FindingSeverity.Warning, 0, "No Monitoring section; see <b>the standard</b> | ask @ops"),
            new(DocumentKind.Prd, "PRD014", FindingSeverity.Info, 12, "Success criteria are not measurable (fixes #4)"),
        };

        var markdown = renderer.Render(Questions, collected.Answers, collected.Findings, quality);

        Assert.StartsWith("<!-- planbot:scoping -->\n", markdown, StringComparison.Ordinal);
        Assert.Contains("**Progress:** 3 of 24 answered, 1 required missing, 1 needs clarification.", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("@ana", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("@ops", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("@finance", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("#4", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", markdown, StringComparison.Ordinal);
        GoldenFile.AssertMatches("scoping-comment.md", markdown);
    }

    [Fact]
    public void Rendering_is_deterministic()
    {
        Assert.Equal(
            renderer.Render(Questions, AnswerSet.Empty, ValueList<AnswerFinding>.Empty, ValueList<QualityFinding>.Empty),
            renderer.Render(new QuestionnaireBuilder().Build(SampleDocuments.Set), AnswerSet.Empty, ValueList<AnswerFinding>.Empty, ValueList<QualityFinding>.Empty));
    }

    [Fact]
    public void The_bot_reading_its_own_untouched_comment_finds_no_answers()
    {
        var answered = collector.Collect(new RawAnswer[] { new("scope.mvp", "FR-003", AnswerSource.Command) }, Questions, AnswerSet.Empty, "ana", At).Answers;

        Assert.Empty(reader.Read(renderer.Render(Questions, AnswerSet.Empty, ValueList<AnswerFinding>.Empty, ValueList<QualityFinding>.Empty), Questions));
        Assert.Empty(reader.Read(renderer.Render(Questions, answered, ValueList<AnswerFinding>.Empty, ValueList<QualityFinding>.Empty), Questions));
    }

    [Fact]
    public void An_answer_typed_into_the_posted_fill_in_block_is_read_back()
    {
        var posted = renderer.Render(Questions, AnswerSet.Empty, ValueList<AnswerFinding>.Empty, ValueList<QualityFinding>.Empty);
        var block = posted[posted.IndexOf("```yaml", StringComparison.Ordinal)..];
        block = block[..(block.IndexOf("\n```\n", 7, StringComparison.Ordinal) + 5)];
        var reply = "Answers below\n\n" + block
            .Replace("team.size: \n", "team.size: 2 Go devs and 1 SRE\n", StringComparison.Ordinal)
            .Replace("timeline.deadline: \n", "timeline.deadline: end of Q1 2027\n", StringComparison.Ordinal);

        var raws = reader.Read(reply, Questions);
        var answers = collector.Collect(raws, Questions, AnswerSet.Empty, "bo", At);

        Assert.Equal(2, raws.Count);
        Assert.Empty(answers.Findings);
        Assert.Equal("3 people (2 Go devs, 1 SRE)", answers.Answers.Find(QuestionIds.TeamSize)!.Value.Display);
        Assert.Equal("2027-03-31", answers.Answers.Find(QuestionIds.Deadline)!.Value.Display);
    }

    [Fact]
    public void Checkboxes_ticked_in_the_rendered_comment_are_read_back()
    {
        var posted = renderer.Render(Questions, AnswerSet.Empty, ValueList<AnswerFinding>.Empty, ValueList<QualityFinding>.Empty);
        var edited = Tick(posted, "scope.mvp", "FR-003", true);
        edited = Tick(edited, "scope.mvp", "FR-001", false);

        var raw = Assert.Single(reader.Read(edited, Questions));
        Assert.Equal(new RawAnswer("scope.mvp", "FR-002, FR-003", AnswerSource.Checkbox), raw);

        var answers = collector.Collect(new[] { raw }, Questions, AnswerSet.Empty, "ana", At).Answers;
        var rerendered = renderer.Render(Questions, answers, ValueList<AnswerFinding>.Empty, ValueList<QualityFinding>.Empty);
        Assert.Contains("- [ ] FR-001 — Import bank statements <!-- planbot:choice:scope.mvp:FR-001 -->", rerendered, StringComparison.Ordinal);
        Assert.Contains("- [x] FR-003 — Export reports as CSV \\| PDF for @\u200Bfinance <!-- planbot:choice:scope.mvp:FR-003 -->", rerendered, StringComparison.Ordinal);
        Assert.Empty(reader.Read(rerendered, Questions));
    }

    [Fact]
    public void Quoting_a_rendered_question_answers_it()
    {
        var posted = renderer.Render(Questions, AnswerSet.Empty, ValueList<AnswerFinding>.Empty, ValueList<QualityFinding>.Empty);
        var line = posted.Split('\n').First(l => l.Contains("`team.hours_per_week`", StringComparison.Ordinal));

        var raw = Assert.Single(reader.Read("> " + line + "\n\n35 hours each", Questions));

        Assert.Equal(new RawAnswer(QuestionIds.TeamHoursPerWeek, "35 hours each", AnswerSource.QuoteReply), raw);
    }

    [Fact]
    public void When_everything_is_answered_there_is_no_fill_in_block()
    {
        var all = collector.FillDefaults(Questions, AnswerSet.Empty, "ana", At);

        var markdown = renderer.Render(Questions, all, ValueList<AnswerFinding>.Empty, ValueList<QualityFinding>.Empty);

        Assert.DoesNotContain("```yaml", markdown, StringComparison.Ordinal);
        Assert.Contains("24 of 24 answered, all required answered. Comment `/planbot generate`", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void A_contradiction_needs_clarification_and_keeps_the_answer()
    {
        var collected = collector.Collect(
            new RawAnswer[] { new("timeline.start_date", "2027-03-01", AnswerSource.Command), new("timeline.deadline", "2027-02-01", AnswerSource.Command) },
            Questions,
            AnswerSet.Empty,
            "ana",
            At);

        var markdown = renderer.Render(Questions, collected.Answers, collected.Findings, ValueList<QualityFinding>.Empty);

        Assert.Contains(
            "**⚠️ `timeline.deadline`** (optional) — Is there a business deadline for the first release? _a date (`end of Q1 2027`) or a duration (`12 weeks`)_\n"
            + "Needs clarification: The deadline (2027-02-01) is before the start date (2027-03-01).\n"
            + "Answer kept: **2027-02-01** — ana, command\n",
            markdown,
            StringComparison.Ordinal);
        Assert.Contains("2 of 24 answered, 2 required missing, 1 needs clarification.", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_hundred_requirements_fit_in_one_comment()
    {
        var title = string.Concat(Enumerable.Repeat("Reconcile every ledger entry with the bank statement line ", 5));
        var requirements = Enumerable.Range(1, 200)
            .Select(i => new Requirement($"FR-{i:000}", title, RequirementKind.Functional, i % 2 == 0 ? Priority.MustHave : Priority.ShouldHave, i, ValueList<string>.Empty))
            .ToValueList();
        var documents = SampleDocuments.Set with { Prd = SampleDocuments.Set.Prd with { Requirements = requirements } };
        var questions = new QuestionnaireBuilder().Build(documents);

        var markdown = renderer.Render(questions, AnswerSet.Empty, ValueList<AnswerFinding>.Empty, ValueList<QualityFinding>.Empty);

        Assert.True(markdown.Length < 65_536, markdown.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains("The PRD lists 200 functional requirements (100 must-have).", markdown, StringComparison.Ordinal);
        Assert.Empty(reader.Read(markdown, questions));
    }

    private static string Tick(string markdown, string questionId, string key, bool ticked)
    {
        var marker = $" <!-- planbot:choice:{questionId}:{key} -->";
        var lines = markdown.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].EndsWith(marker, StringComparison.Ordinal))
            {
                lines[i] = (ticked ? "- [x]" : "- [ ]") + lines[i][5..];
            }
        }

        return string.Join('\n', lines);
    }
}
