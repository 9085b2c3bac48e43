using PlanBot.Core.Planning;
using PlanBot.Core.Scoping;
using PlanBot.Core.Scoping.Answers;

namespace PlanBot.Core.Tests.Planning;

/// <summary>Assumptions list every default used; the decision log every answer, with who, when and its effect.</summary>
public sealed class PlanRecordsTests
{
    [Fact]
    public void Every_question_is_either_an_answer_in_the_decision_log_or_a_default_in_the_assumptions()
    {
        var questionnaire = PlanningAnswers.Questionnaire(PlanningDocuments.Reconciliation);
        var plan = Plans.Sample();

        var decided = plan.Decisions.Select(d => d.QuestionId).ToList();
        var assumed = plan.Assumptions.Select(a => a.Topic).Where(t => t.Contains('.', StringComparison.Ordinal)).ToList();
        Assert.Equal(questionnaire.Questions.Select(q => q.Id).Order(StringComparer.Ordinal), decided.Concat(assumed).Order(StringComparer.Ordinal));
        Assert.Empty(decided.Intersect(assumed));
    }

    [Fact]
    public void A_decision_says_who_answered_when_how_and_what_it_changed()
    {
        var plan = Plans.Sample();

        var team = Assert.Single(plan.Decisions, d => d.QuestionId == QuestionIds.TeamSize);
        Assert.Equal("ana", team.Author);
        Assert.Equal(PlanningAnswers.At, team.At);
        Assert.Equal(AnswerSource.FillInBlock, team.Source);
        Assert.Equal("capacity 4 × 30 h = 120 h/week", team.Effect);
        Assert.All(plan.Decisions, d => Assert.NotEqual(string.Empty, d.Effect));
    }

    [Fact]
    public void A_skipped_question_is_an_assumption_accepted_by_the_person_who_skipped_it()
    {
        var documents = PlanningDocuments.Reconciliation;
        var questionnaire = PlanningAnswers.Questionnaire(documents);
        var skipped = new AnswerCollector().Skip(QuestionIds.TeamSize, questionnaire, AnswerSet.Empty, "bruno", PlanningAnswers.At).Answers;

        var plan = new Planner().Build(documents, questionnaire, skipped, new PlanningOptions(PlanningAnswers.Today));

        Assert.DoesNotContain(plan.Decisions, d => d.QuestionId == QuestionIds.TeamSize);
        var assumption = Assert.Single(plan.Assumptions, a => a.Topic == QuestionIds.TeamSize);
        Assert.Equal("default, accepted by bruno on 2026-11-25", assumption.Basis);
        Assert.Equal("3 people", assumption.Value);
    }

    [Fact]
    public void Multiple_choice_answers_show_what_was_ticked_not_the_keys()
    {
        var plan = Plans.Sample("risk.performance: target-1");

        var decision = Assert.Single(plan.Decisions, d => d.QuestionId == QuestionIds.HardestTargets);
        Assert.Equal("P99 < 200ms", decision.Answer);
        Assert.Contains(plan.TechnicalRisks, r => r.Risk == "Hardest target missed: P99 < 200ms");
    }

    [Fact]
    public void The_planners_own_rules_are_assumptions_too()
    {
        var topics = Plans.Sample().Assumptions.Select(a => a.Topic).ToList();

        Assert.Contains("effort", topics);
        Assert.Contains("capacity", topics);
        Assert.Contains("calendar", topics);
    }
}
