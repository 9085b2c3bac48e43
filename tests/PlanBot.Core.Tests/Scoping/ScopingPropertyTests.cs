using CsCheck;
using PlanBot.Core.Documents;
using PlanBot.Core.Rendering;
using PlanBot.Core.Scoping;
using PlanBot.Core.Scoping.Answers;
using Xunit;

namespace PlanBot.Core.Tests.Scoping;

/// <summary>Whatever people type, reading, normalising, collecting and rendering never throw.</summary>
public sealed class ScopingPropertyTests
{
    private static readonly Questionnaire Questions = new QuestionnaireBuilder().Build(SampleDocuments.Set);

    private static readonly Gen<string> Fragment = Gen.OneOf(
        Gen.String[0, 40],
        Gen.OneOf(
            "```", "```yaml", "~~~", "````", "> ", ">", "> **⬜ `team.size`**", "> When does development start?",
            "team.size:", "team.size: ", "timeline.deadline: end of Q1 2027", "risk.unknowns:", "  - item", "- ",
            "/planbot answer", "/planbot answer team.size", "/planbot answer x y", "# comment", " # ",
            "- [x] a <!-- planbot:choice:scope.mvp:FR-001 -->", "- [ ]  <!-- planbot:choice:", "<!-- planbot:choices:scope.mvp: -->",
            "<!-- planbot:choices:scope.mvp:FR-001,FR-002 -->", "\"", "'", "\r", "\r\n", "\t", "@", "#1", "::", "a.b.c: d"));

    private static readonly Gen<string> Comment = Fragment.Array[0, 30].Select(parts => string.Join("\n", parts));

    private static readonly Gen<string> RawAnswer = Gen.OneOf(
        Gen.String[0, 60],
        Gen.OneOf(
            "0", "-1", "99999999999999999999999999999999", "1e10", "1.5", "half", "a", "an", "and", "100000 weeks", "9999 months",
            "in 100000 days", "in 3650 days", "next month", "end of", "q5 2027", "2027-13", "0/0/2027", "31/31/2027",
            "2 backend + + 1", "x 3", "3 x", "- [x]", ";;;", ",,,", "\n\n", "yes,", "no —", "all", "none", "FR-", "target-"),
        Gen.Select(Gen.OneOf("1", "2.5", "three", "a", "12"), Gen.OneOf(" ", "", "-"), Gen.OneOf("weeks", "h/week", "backend", "months", "days", "each", "people"))
            .Select((n, s, u) => n + s + u));

    private static readonly Gen<DateOnly> Today = Gen.OneOf(
        Gen.Int[-20_000, 20_000].Select(d => new DateOnly(2026, 11, 25).AddDays(d)),
        Gen.OneOf(DateOnly.MinValue, DateOnly.MaxValue, DateOnly.MaxValue.AddDays(-3)));

    [Fact]
    public void Reading_random_comments_never_throws()
    {
        var reader = new AnswerReader();
        Comment.Sample(body =>
        {
            foreach (var raw in reader.Read(body, Questions))
            {
                Assert.False(string.IsNullOrWhiteSpace(raw.Raw));
                Assert.False(string.IsNullOrWhiteSpace(raw.QuestionId));
            }
        }, iter: 2000);
    }

    [Fact]
    public void Normalising_random_answers_never_throws_and_gives_a_value_or_a_reason()
    {
        var normalizer = new AnswerNormalizer();
        Gen.Select(Gen.Int[0, Questions.Questions.Count - 1], RawAnswer, Today).Sample((index, raw, today) =>
        {
            var result = normalizer.Normalize(Questions.Questions[index], raw, today);
            Assert.True(result.Value is null != (result.Problem is null));
        }, iter: 5000);
    }

    [Fact]
    public void Every_answer_type_survives_random_input()
    {
        var normalizer = new AnswerNormalizer();
        var types = Enum.GetValues<AnswerType>();
        Gen.Select(Gen.Int[0, types.Length - 1], RawAnswer).Sample((type, raw) =>
        {
            var question = new Question("x.y", QuestionCategory.RiskAssessment, "?", types[type], type % 2 == 0, null, ValueList<QuestionChoice>.Empty);
            var result = normalizer.Normalize(question, raw, new DateOnly(2026, 11, 25));
            Assert.True(result.Value is null != (result.Problem is null));
        }, iter: 3000);
    }

    [Fact]
    public void Collecting_and_rendering_random_replies_never_throws_and_never_mentions()
    {
        var reader = new AnswerReader();
        var collector = new AnswerCollector();
        var renderer = new ScopingCommentRenderer();
        Gen.Select(Comment, RawAnswer).Sample((body, raw) =>
        {
            var raws = reader.Read(body, Questions).Append(new RawAnswer("team.size", raw, AnswerSource.Command)).Append(new RawAnswer(raw, raw, AnswerSource.Command));
            var collected = collector.Collect(raws.ToValueList(), Questions, AnswerSet.Empty, "@someone", new DateTimeOffset(2026, 11, 25, 9, 0, 0, TimeSpan.Zero));
            var markdown = renderer.Render(Questions, collected.Answers, collected.Findings, ValueList<QualityFinding>.Empty);
            Assert.StartsWith(ScopingCommentRenderer.Marker, markdown, StringComparison.Ordinal);
            Assert.DoesNotContain("@someone", markdown, StringComparison.Ordinal);
        }, iter: 500);
    }

    [Fact]
    public void Escaped_text_is_one_line_without_mentions_or_html()
    {
        Gen.String[0, 80].Sample(text =>
        {
            var escaped = MarkdownText.Escape(text);
            Assert.DoesNotContain('\n', escaped);
            Assert.DoesNotContain('<', escaped);
            for (var i = 0; i + 1 < escaped.Length; i++)
            {
                Assert.False(escaped[i] == '@' && char.IsLetterOrDigit(escaped[i + 1]), escaped);
            }
        }, iter: 2000);
    }
}
