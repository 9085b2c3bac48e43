namespace PlanBot.Core.Conversation;

/// <summary>
/// A reply comment to post on the pull request (help, refusals, follow-ups for unclear answers). <see cref="Attempted"/>
/// is saved before it is posted, so a retry knows an earlier try may have posted it and GitHub's answer was lost.
/// </summary>
public sealed record ReplyItem(string Id, WorkClaim Claim, string Body, bool Attempted = false) : OutboxItem(Id, Claim);
