using PlanBot.Core.Conversation.Comments;
using PlanBot.Core.Ports;

namespace PlanBot.Core.Conversation;

/// <summary>
/// An <c>issue_comment</c> delivery. <see cref="Author"/> wrote the comment, <see cref="Sender"/> caused the event:
/// when someone ticks a box in PlanBot's own comment the author is the bot and the sender is that person.
/// <see cref="At"/> is the comment's <c>updated_at</c>, so a redelivered comment gives the same answers.
/// <see cref="RepositoryUrl"/> is the repository's web address, for a conversation the comment starts.
/// </summary>
public sealed record CommentActivity(
    string DeliveryId,
    SessionKey Key,
    CommentAction Action,
    bool OnPullRequest,
    long CommentId,
    string Body,
    Actor Author,
    Actor Sender,
    DateTimeOffset At,
    string? RepositoryUrl = null)
{
    /// <summary>Written by a bot, or by PlanBot through a personal access token.</summary>
    public bool ByBot => Author.IsBot || CommentMarkers.ArePlanBots(Body);
}
