using PlanBot.Core.Conversation.Comments;
using PlanBot.Core.Scoping;

namespace PlanBot.Core.Conversation;

/// <summary>
/// One of the comments PlanBot keeps on a pull request: the marker its body starts with, where the session records it,
/// and its body now.
/// </summary>
internal sealed record CommentSlot(
    string Marker,
    Func<PlanningSession, OwnedComment> Get,
    Func<PlanningSession, OwnedComment, PlanningSession> Set,
    Func<PlanningSession, string?> Body)
{
    private static readonly ScopingCommentRenderer ScopingRenderer = new();

    /// <summary>In the order a reader meets them: what blocks, the questions, the plan.</summary>
    public static IReadOnlyList<CommentSlot> All(ConversationOptions options) =>
    [
        new(CommentMarkers.Notice, s => s.NoticeComment, (s, c) => s with { NoticeComment = c }, s => NoticeCommentRenderer.Render(s, options.MaxDocumentBytes)),
        new(ScopingCommentRenderer.Marker, s => s.ScopingComment, (s, c) => s with { ScopingComment = c }, Scoping),
        new(CommentMarkers.Summary, s => s.SummaryComment, (s, c) => s with { SummaryComment = c }, SummaryCommentRenderer.Render),
    ];

    private static string? Scoping(PlanningSession session) =>
        session.Questionnaire is { } questionnaire && session.State is PlanningSessionState.Scoping or PlanningSessionState.PlanCommitted
            ? ScopingRenderer.Render(questionnaire, session.Answers, session.AnswerFindings, session.QualityFindings)
            : null;
}
