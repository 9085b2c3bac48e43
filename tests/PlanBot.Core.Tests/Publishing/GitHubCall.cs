namespace PlanBot.Core.Tests.Publishing;

/// <summary>One request to the in-memory GitHub: what it was, whether it writes, and its place in the log.</summary>
internal sealed record GitHubCall(string Name, bool Write, int Index);
