using System.Collections.Immutable;

namespace PlanBot.Integration.Tests.FakeGitHub;

/// <summary>A commit: its whole tree as path → blob sha.</summary>
public sealed record FakeCommit(string Sha, string? Parent, ImmutableSortedDictionary<string, string> Tree, string Message, DateTimeOffset At);
