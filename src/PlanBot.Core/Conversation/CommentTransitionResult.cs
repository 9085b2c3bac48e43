namespace PlanBot.Core.Conversation;

/// <summary>
/// The session after a comment. <see cref="Relevant"/> is false for a comment with neither answers nor commands,
/// which is not saved at all; <see cref="NeedsPermission"/> says the result depends on the commenter's permission,
/// which was not given.
/// </summary>
public sealed record CommentTransitionResult(PlanningSession Session, bool Relevant, bool NeedsPermission);
