namespace PlanBot.Core.Conversation.Comments;

/// <summary>
/// The hidden first lines of PlanBot's comments, one per kind, so people reading the raw Markdown (and PlanBot's own
/// tests) can tell them apart. The scoping comment's marker is <see cref="Scoping.ScopingCommentRenderer.Marker"/>.
/// </summary>
public static class CommentMarkers
{
    public const string Notice = "<!-- planbot:notice -->";

    public const string Summary = "<!-- planbot:summary -->";

    public const string Reply = "<!-- planbot:reply -->";

    /// <summary>The hidden last line of a reply, naming the outbox item it posts, so a retry can find it.</summary>
    public static string ReplyItem(string itemId) => $"<!-- planbot:reply-item {itemId} -->";

    /// <summary>
    /// Whether PlanBot wrote <paramref name="body"/>. With a personal access token (local development) its comments
    /// come from a user, not a bot, so the marker is what tells.
    /// </summary>
    public static bool ArePlanBots(string body) =>
        new[] { Scoping.ScopingCommentRenderer.Marker, Notice, Summary, Reply }.Any(marker => body.StartsWith(marker, StringComparison.Ordinal));
}
