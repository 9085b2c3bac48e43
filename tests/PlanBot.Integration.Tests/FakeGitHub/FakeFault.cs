namespace PlanBot.Integration.Tests.FakeGitHub;

/// <summary>A fault to inject into one answer; <see cref="Wait"/> is the retry-after (or until the reset) of rate-limit faults.</summary>
public sealed record FakeFault(FakeFaultKind Kind, TimeSpan Wait);
