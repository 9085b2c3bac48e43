using PlanBot.Core.Scoping;

namespace PlanBot.Core.Tests.Planning;

/// <summary>
/// The decision log says what each answer changed, decided in one place from the finished plan: rows of answers in,
/// the effect the log shows out.
/// </summary>
public sealed class AnswerEffectTests
{
    public static TheoryData<string, string, string> Rows => new()
    {
        { "team.domain_experts: no", QuestionIds.TeamDomainExperts, "project risk: no domain expert" },
        { "team.domain_experts: yes, Fernanda", QuestionIds.TeamDomainExperts, "the domain expert reviews acceptance criteria and runbooks" },
        { "timeline.start_date: 2027-01-04\ntimeline.deadline: 2 weeks", QuestionIds.Deadline, "missed at this capacity: see the project risks for the cut that fits" },
        { "team.size: 8\ntimeline.start_date: 2027-01-04\ntimeline.deadline: 2028-01-31", QuestionIds.Deadline, "met: the plan ends on 2027-01-29, 52 weeks of buffer" },
        { "timeline.start_date: 2027-01-06", QuestionIds.StartDate, "week 1 starts on Monday 2027-01-11 (the first Monday on or after 2027-01-06)" },
        { "risk.unknowns: CNAB layouts; bank cut-off times", QuestionIds.Unknowns, "2 research spikes in phase 1" },
        { "team.size: 2\nteam.hours_per_week: 20 hours per person", QuestionIds.TeamHoursPerWeek, "capacity 2 × 20 h = 40 h/week" },
        { "risk.integrations: Midaz", QuestionIds.RiskyIntegrations, "Midaz prototyped or built in phase 1" },
        { "risk.technical: matching accuracy", QuestionIds.TechnicalRisks, "rows of the technical risk table, each with the week that mitigates it" },
        { "team.experience: strong Go", QuestionIds.TeamExperience, "project risk table" },
        { "timeline.dependencies: Midaz", QuestionIds.ExternalDependencies, "project risks, one per dependency" },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void The_decision_log_says_what_an_answer_changed(string answers, string questionId, string effect)
    {
        var plan = Plans.Build(PlanningDocuments.Reconciliation, answers);

        Assert.Equal(effect, Assert.Single(plan.Decisions, d => d.QuestionId == questionId).Effect);
    }

    [Fact]
    public void An_answer_the_plan_does_not_use_says_so()
    {
        var plan = Plans.Build(PlanningDocuments.Reconciliation, "timeline.start_date: 2027-01-04");

        Assert.All(plan.Assumptions.Where(a => a.Topic == QuestionIds.Deadline), a => Assert.Equal("recorded; the generated plan does not depend on it", a.Effect));
    }
}
