namespace PlanBot.Integration.Tests.FakeGitHub;

public sealed record FakeLabel(long Id, string Name, string Color, string? Description);
