namespace PlanBot.Integration.Tests.FakeGitHub;

public sealed record FakeStatus(long Id, string Sha, string State, string? Context, string? Description, string? TargetUrl, string Creator, DateTimeOffset At);
