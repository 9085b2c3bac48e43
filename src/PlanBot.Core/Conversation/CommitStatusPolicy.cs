using PlanBot.Core.Conversation.Comments;
using PlanBot.Core.Ports;

namespace PlanBot.Core.Conversation;

/// <summary>
/// The "PlanBot" commit status the pull request's head should carry: waiting for a document, waiting for answers,
/// plan committed. Helpful, never blocking on its own: only a branch protection rule makes it required.
/// </summary>
public static class CommitStatusPolicy
{
    public const string Context = "PlanBot";

    private const int MaxDescription = 140;

    /// <summary>The status for the session's head, or null when none should be set.</summary>
    public static (string Sha, CommitStatus Status)? For(PlanningSession session)
    {
        if (session.State == PlanningSessionState.Closed || session.PullRequest is not { } pullRequest)
        {
            return null;
        }

        var missing = session.DocumentProblems.Where(p => p.Kind == DocumentProblemKind.Missing).Select(p => NoticeCommentRenderer.Name(p.Document)).ToList();
        var tooLarge = session.DocumentProblems.FirstOrDefault(p => p.Kind == DocumentProblemKind.TooLarge);
        CommitStatus? status = (missing.Count, tooLarge, session.State) switch
        {
            ( > 0, _, _) => new(CommitStatusState.Pending, Context, $"waiting for {string.Join(" and ", missing)}"),
            (_, { } large, _) => new(CommitStatusState.Failure, Context, $"{System.IO.Path.GetFileName(large.Path)} is too large to read ({ByteSize.Format(large.Size)})"),
            (_, _, PlanningSessionState.Scoping) => new(CommitStatusState.Pending, Context, "waiting for answers to the scoping questions"),
            (_, _, PlanningSessionState.PlanCommitted) when session.HandEditedPlanSha is not null =>
                new(CommitStatusState.Success, Context, "plan edited by hand; kept as it is"),
            (_, _, PlanningSessionState.PlanCommitted) when session.Plan is { InComment: true } =>
                new(CommitStatusState.Success, Context, "plan posted in a comment; GitHub refused the commit"),
            (_, _, PlanningSessionState.PlanCommitted) => new(CommitStatusState.Success, Context, "plan committed"),
            _ => null,
        };
        return status is null ? null : (pullRequest.HeadSha, status with { Description = Cut(status.Description) });
    }

    /// <summary>GitHub refuses a description over 140 characters (a long document name could make one).</summary>
    private static string Cut(string description) =>
        description.Length <= MaxDescription ? description : string.Concat(description.AsSpan(0, MaxDescription - 1), "…");

    /// <summary>What <see cref="PlanningSession.PostedStatus"/> records, so the same status is never set twice.</summary>
    public static string Key(string sha, CommitStatus status) => $"{sha}|{status.State}|{status.Description}";
}
