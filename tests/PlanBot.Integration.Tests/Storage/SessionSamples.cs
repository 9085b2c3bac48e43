using PlanBot.Core;
using PlanBot.Core.Configuration;
using PlanBot.Core.Conversation;
using PlanBot.Core.Documents;
using PlanBot.Core.Engine;
using PlanBot.Core.Ports;
using PlanBot.Core.Scoping;
using PlanBot.Core.Scoping.Answers;

namespace PlanBot.Integration.Tests.Storage;

internal static class SessionSamples
{
    public static readonly DateTimeOffset At = new(2026, 11, 25, 9, 0, 0, TimeSpan.Zero);

    public static Answer Answer(string questionId, AnswerValue value, string author = "octocat") =>
        new(questionId, value.Display, value, AnswerSource.FillInBlock, author, At);

    /// <summary>A session that uses every kind of answer value, so a JSON round trip covers all of them.</summary>
    public static PlanningSession Full(SessionKey key)
    {
        var answers = AnswerSet.Empty
            .With(Answer("team.size", new TeamValue(4, new[] { new TeamRole("backend", 3), new TeamRole("QA", 1) })))
            .With(Answer("team.hours", new HoursValue(30, HoursBasis.PerPerson)))
            .With(Answer("timeline.start", new DateValue(new DateOnly(2026, 12, 1))))
            .With(Answer("timeline.deadline", new DurationValue(84)))
            .With(Answer("team.experts", new YesNoValue(true, "payments")))
            .With(Answer("scope.mvp", new ListValue(new[] { "FR-001", "FR-002" })))
            .With(Answer("risk.top", new TextValue("PIX integration @octocat")))
            .With(Answer("quality.coverage", new NumberValue(80.5m)));
        var claim = new WorkClaim("delivery-1", At);
        var questionnaire = new Questionnaire(new[]
        {
            new Question("team.size", QuestionCategory.TeamAndResources, "How many people?", AnswerType.TeamComposition, true, "3", ValueList<QuestionChoice>.Empty, "e.g. `4`"),
            new Question("scope.mvp", QuestionCategory.TimelineAndPriorities, "Which are in the MVP?", AnswerType.MultipleChoice, true, "FR-001", new[] { new QuestionChoice("FR-001", "FR-001 Import", true) }),
        });
        var plan = new CommittedPlan(
            "docs/IMPLEMENTATION_PLAN.md", "feature/docs", null, "blob-sha", "content-hash", "commit-sha", 4, 14,
            new DateOnly(2027, 1, 4), new DateOnly(2027, 4, 9), new[] { new Assumption("team.experience", "intermediate") }, new[] { "a note" }, At,
            // A plan kept in the summary comment (at most a comment's length), longer than one table property holds.
            "# Implementation Plan\n\n" + string.Concat(Enumerable.Range(1, 2_500).Select(i => $"- [ ] Criterion {i} ✓\n")),
            MarkdownCut: true);
        return PlanningSession.Start(key, At) with
        {
            State = PlanningSessionState.Scoping,
            PullRequest = new PullRequestSnapshot(key.PullRequest, true, false, false, "octocat", "0123456789abcdef0123456789abcdef01234567", "feature/docs", key.Repository, "main", "main"),
            PullRequestUpdatedAt = At,
            RepositoryUrl = "https://github.com/" + key.Repository,
            Config = RepositoryConfig.Default with { PhaseNames = new[] { "Foundation" }, HoursPerPersonPerWeek = 30 },
            ConfigProblems = new[] { new ConfigProblem(3, "documnets:", "unknown key") },
            DocumentProblems = new[] { new DocumentProblem(DocumentKind.Trd, "docs/TRD.md", DocumentProblemKind.TooLarge, 20_000_000) },
            PrdSha = "prd-sha",
            TrdSha = "trd-sha",
            Questionnaire = questionnaire,
            QualityFindings = new[] { new QualityFinding(DocumentKind.Prd, "PRD003", FindingSeverity.Warning, 42, "no success criteria") },
            Answers = answers,
            AnswerFindings = new[] { new AnswerFinding("team.size", AnswerFindingKind.Unclear, "unclear") },
            ScopingComment = new OwnedComment(42, "body-hash", null),
            SummaryComment = new OwnedComment(null, null, claim),
            PostedStatus = "sha|Pending|waiting for answers",
            PlanRequest = new PlanRequest(true, "octocat", "/planbot regenerate --force", claim, PlanTrigger.Regenerate),
            Plan = plan,
            HandEditedPlanSha = "edited-sha",
            AppliedDeliveries = new[] { "delivery-0", "delivery-1" },
            Outbox = new OutboxItem[]
            {
                new ReplyItem("delivery-1:apply:0", claim, "reply"),
                new DecisionItem("delivery-1:apply:1", claim, new DecisionRecord(key, DecisionKind.Answer, "team.size", "4", "octocat", At)),
                new PublishItem("delivery-1:apply:2", claim, new PublishRequest(RepositoryRef.Of(key), "merged", "octocat", "delivery-1")),
            },
        };
    }
}
