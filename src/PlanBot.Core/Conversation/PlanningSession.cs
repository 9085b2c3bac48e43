using System.Text.Json.Serialization;
using PlanBot.Core.Configuration;
using PlanBot.Core.Documents;
using PlanBot.Core.Ports;
using PlanBot.Core.Scoping;
using PlanBot.Core.Scoping.Answers;

namespace PlanBot.Core.Conversation;

/// <summary>
/// What PlanBot remembers about one pull request between webhook deliveries: where the conversation stands, the
/// pull request and configuration it last read, the documents' blob shas and the questions made from them, the
/// answers so far, the comments it owns, the plan it last committed (so a human edit to the plan is noticed instead
/// of overwritten), and work decided but not yet done. Every delivery first changes this record (one ETag-checked
/// write), then brings GitHub in line with it, so a retry or a redelivery finishes the work without repeating it.
/// </summary>
/// <param name="AppliedDeliveries">The last deliveries applied, newest last: a redelivery changes nothing.</param>
/// <param name="PostedStatus">The commit status last set, as <c>sha|state|description</c>.</param>
/// <param name="HandEditedPlanSha">The blob sha of a plan on the branch that PlanBot did not write and would not overwrite.</param>
public sealed record PlanningSession(
    SessionKey Key,
    PlanningSessionState State,
    PullRequestSnapshot? PullRequest,
    DateTimeOffset? PullRequestUpdatedAt,
    string? RepositoryUrl,
    RepositoryConfig Config,
    ValueList<ConfigProblem> ConfigProblems,
    ValueList<DocumentProblem> DocumentProblems,
    string? PrdSha,
    string? TrdSha,
    Questionnaire? Questionnaire,
    ValueList<QualityFinding> QualityFindings,
    AnswerSet Answers,
    ValueList<AnswerFinding> AnswerFindings,
    OwnedComment NoticeComment,
    OwnedComment ScopingComment,
    OwnedComment SummaryComment,
    string? PostedStatus,
    PlanRequest? PlanRequest,
    CommittedPlan? Plan,
    string? HandEditedPlanSha,
    ValueList<string> AppliedDeliveries,
    ValueList<OutboxItem> Outbox,
    DateTimeOffset UpdatedAt)
{
    public static PlanningSession Start(SessionKey key, DateTimeOffset at) =>
        new(
            key,
            PlanningSessionState.WaitingForDocuments,
            null,
            null,
            null,
            RepositoryConfig.Default,
            ValueList<ConfigProblem>.Empty,
            ValueList<DocumentProblem>.Empty,
            null,
            null,
            null,
            ValueList<QualityFinding>.Empty,
            AnswerSet.Empty,
            ValueList<AnswerFinding>.Empty,
            OwnedComment.None,
            OwnedComment.None,
            OwnedComment.None,
            null,
            null,
            null,
            null,
            ValueList<string>.Empty,
            ValueList<OutboxItem>.Empty,
            at);

    public bool HasApplied(string deliveryId) => AppliedDeliveries.Contains(deliveryId, StringComparer.Ordinal);

    /// <summary>Marks <paramref name="deliveryId"/> applied, forgetting the oldest beyond <paramref name="remembered"/>.</summary>
    public PlanningSession Applied(string deliveryId, int remembered, DateTimeOffset at) => this with
    {
        AppliedDeliveries = AppliedDeliveries.Append(deliveryId).TakeLast(remembered).ToValueList(),
        UpdatedAt = at,
    };

    /// <summary>Whether the pull request's branch lives in another repository, where PlanBot cannot push.</summary>
    [JsonIgnore]
    public bool FromFork => PullRequest is { } pr
        && !string.Equals(pr.HeadRepository, Key.Repository, StringComparison.OrdinalIgnoreCase);
}
