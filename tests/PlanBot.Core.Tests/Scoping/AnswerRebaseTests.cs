using PlanBot.Core.Documents;
using PlanBot.Core.Scoping;
using PlanBot.Core.Scoping.Answers;

namespace PlanBot.Core.Tests.Scoping;

/// <summary>Stored choice answers follow their requirements when the documents change, or say that they no longer match.</summary>
public sealed class AnswerRebaseTests
{
    private const string Prd = """
        # PRD: Harbour Berths

        ## Functional Requirements
        - Book a berth for a date range
        - Cancel a booking
        - Show free berths on a map
        """;

    private static readonly DateTimeOffset Monday = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void An_answer_stored_with_line_keys_follows_each_requirement_by_its_title_even_after_lines_moved()
    {
        var before = Legacy(Build(Prd));
        var after = Build(Prd.Replace("## Functional Requirements\n", "## Functional Requirements\n\nWhat skippers asked for.\n\n", StringComparison.Ordinal));
        var stored = Answer("PRD-L4, PRD-L6");

        var rebased = AnswerRebase.Apply(stored, before, after);

        Assert.Empty(rebased.Findings);
        Assert.Equal(new ListValue(new[] { "book-a-berth-for-a-date-range", "show-free-berths-on-a-map" }), rebased.Answers.Find(QuestionIds.MvpScope)!.Value);
        Assert.Equal("PRD-L4, PRD-L6", rebased.Answers.Find(QuestionIds.MvpScope)!.Raw);
    }

    [Fact]
    public void Without_the_previous_questions_a_line_key_names_the_requirement_now_on_that_line()
    {
        var rebased = AnswerRebase.Apply(Answer("PRD-L5"), null, Build(Prd));

        Assert.Equal(new ListValue(new[] { "cancel-a-booking" }), rebased.Answers.Find(QuestionIds.MvpScope)!.Value);
    }

    [Fact]
    public void A_key_that_matches_nothing_is_dropped_and_reported_and_the_rest_is_kept()
    {
        var rebased = AnswerRebase.Apply(Answer("cancel-a-booking, PRD-L99"), null, Build(Prd));

        Assert.Equal(new ListValue(new[] { "cancel-a-booking" }), rebased.Answers.Find(QuestionIds.MvpScope)!.Value);
        var finding = Assert.Single(rebased.Findings);
        Assert.Equal((QuestionIds.MvpScope, AnswerFindingKind.Invalid), (finding.QuestionId, finding.Kind));
        Assert.Equal("`scope.mvp`: `PRD-L99` no longer matches a choice after the documents changed; I kept cancel-a-booking. Tick the boxes again or answer with the titles.", finding.Message);
    }

    [Fact]
    public void An_answer_of_which_nothing_matches_is_removed_so_its_question_is_open_again()
    {
        var rebased = AnswerRebase.Apply(Answer("PRD-L99, fuel-sales"), null, Build(Prd));

        Assert.Null(rebased.Answers.Find(QuestionIds.MvpScope));
        Assert.Contains("`PRD-L99`, `fuel-sales` no longer match any choice", Assert.Single(rebased.Findings).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_key_with_the_suffix_of_a_collision_that_ended_finds_its_requirement()
    {
        var rebased = AnswerRebase.Apply(Answer("cancel-a-booking-k3x9"), null, Build(Prd));

        Assert.Equal(new ListValue(new[] { "cancel-a-booking" }), rebased.Answers.Find(QuestionIds.MvpScope)!.Value);
        Assert.Empty(rebased.Findings);
    }

    [Fact]
    public void Answers_whose_keys_are_still_choices_are_left_as_they_are()
    {
        var stored = Answer("cancel-a-booking");

        var rebased = AnswerRebase.Apply(stored, null, Build(Prd));

        Assert.Same(stored, rebased.Answers);
        Assert.Empty(rebased.Findings);
    }

    [Fact]
    public void A_typed_line_key_from_an_old_comment_is_read_as_the_requirement_on_that_line()
    {
        var questionnaire = Build(Prd);

        var normalized = new AnswerNormalizer().Normalize(questionnaire.Find(QuestionIds.MvpScope)!, "PRD-L4", DateOnly.FromDateTime(Monday.UtcDateTime));

        Assert.Equal(new ListValue(new[] { "book-a-berth-for-a-date-range" }), normalized.Value);
    }

    private static Questionnaire Build(string prd) => new QuestionnaireBuilder().Build(new DocumentAnalyzer().Analyze(prd, "# TRD\n"));

    /// <summary>The questionnaire as PlanBot built it before keys came from titles: line keys, labelled "PRD-L4 — title".</summary>
    internal static Questionnaire Legacy(Questionnaire questionnaire) => questionnaire with
    {
        Questions = questionnaire.Questions.Select(q => q with
        {
            Choices = q.Choices.Select(c => c.FormerKey is { } former ? new QuestionChoice(former, $"{former} — {QuestionnaireBuilder.TitleOf(c)}", c.CheckedByDefault) : c).ToValueList(),
        }).ToValueList(),
    };

    private static AnswerSet Answer(string keys) =>
        AnswerSet.Empty.With(new Answer(QuestionIds.MvpScope, keys, new ListValue(keys.Split(", ")), AnswerSource.FillInBlock, "ana", Monday));
}
