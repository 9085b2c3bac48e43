namespace PlanBot.Integration.Tests.FakeGitHub;

public sealed record FakeReaction(long Id, long CommentId, string Content, string User, DateTimeOffset At);
