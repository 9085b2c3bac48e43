using PlanBot.Core;
using PlanBot.Core.Conversation;
using PlanBot.Core.Ports;
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
        return PlanningSession.Start(key, At) with
        {
            State = PlanningSessionState.Scoping,
            HeadSha = "0123456789abcdef0123456789abcdef01234567",
            PrdSha = "prd-sha",
            TrdSha = "trd-sha",
            QuestionIds = new[] { "team.size", "team.hours" },
            Answers = answers,
            ScopingCommentId = 42,
        };
    }
}
