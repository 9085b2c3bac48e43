using PlanBot.Core.Scoping;
using PlanBot.Core.Scoping.Answers;

namespace PlanBot.Core.Tests.Planning;

/// <summary>Answers as people give them, read through the real questionnaire and answer collector.</summary>
internal static class PlanningAnswers
{
    public static readonly DateOnly Today = new(2026, 11, 25);

    public static readonly DateTimeOffset At = new(2026, 11, 25, 14, 30, 0, TimeSpan.Zero);

    public const string Sample = """
        team.size: 3 backend + 1 QA
        team.experience: strong Go, new to reconciliation
        team.domain_experts: yes, Fernanda from the pilot's back office
        team.hours_per_week: 30 hours per person
        timeline.start_date: 2027-01-04
        timeline.deadline: 2027-04-30
        timeline.milestones: pilot go-live with the first customer
        timeline.dependencies: Midaz; Access Manager
        scope.mvp: FR-001, FR-002, FR-003, FR-004, FR-006, FR-010
        risk.technical: matching accuracy on real bank files; group matching performance
        risk.unknowns: CNAB 240 layout variations between banks
        risk.integrations: Midaz
        quality.gates: 80% coverage; no critical findings in the security scan
        deploy.strategy: rolling with automated rollback
        deploy.backup: daily PostgreSQL backups, 30-day retention
        """;

    public static Questionnaire Questionnaire(PlanBot.Core.Documents.DocumentSet documents) => new QuestionnaireBuilder().Build(documents);

    public static AnswerSet Read(Questionnaire questionnaire, string text, string author = "ana")
    {
        var raws = new AnswerReader().Read(text, questionnaire);
        var collection = new AnswerCollector().Collect(raws, questionnaire, AnswerSet.Empty, author, At);
        Assert.Empty(collection.Findings);
        return collection.Answers;
    }
}
