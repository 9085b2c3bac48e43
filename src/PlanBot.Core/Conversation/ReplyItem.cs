namespace PlanBot.Core.Conversation;

/// <summary>A reply comment to post on the pull request (help, refusals, follow-ups for unclear answers).</summary>
public sealed record ReplyItem(string Id, WorkClaim Claim, string Body) : OutboxItem(Id, Claim);
