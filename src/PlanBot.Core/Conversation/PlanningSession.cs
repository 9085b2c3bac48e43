using PlanBot.Core.Ports;
using PlanBot.Core.Scoping.Answers;

namespace PlanBot.Core.Conversation;

/// <summary>
/// What PlanBot remembers about one pull request between webhook deliveries: where the conversation stands,
/// which document versions and questions it is about, the answers so far, the comments it owns, and the plan it
/// last committed (so a human edit to the plan is noticed instead of overwritten).
/// </summary>
public sealed record PlanningSession(
    SessionKey Key,
    PlanningSessionState State,
    string? HeadSha,
    string? PrdSha,
    string? TrdSha,
    ValueList<string> QuestionIds,
    AnswerSet Answers,
    long? ScopingCommentId,
    long? SummaryCommentId,
    string? CommittedPlanHash,
    string? CommittedPlanSha,
    string? ConfigHash,
    DateTimeOffset UpdatedAt)
{
    public static PlanningSession Start(SessionKey key, DateTimeOffset at) =>
        new(key, PlanningSessionState.WaitingForDocuments, null, null, null, ValueList<string>.Empty, AnswerSet.Empty, null, null, null, null, null, at);
}
