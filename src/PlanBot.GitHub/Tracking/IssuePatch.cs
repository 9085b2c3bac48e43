namespace PlanBot.GitHub.Tracking;

/// <summary>
/// The body of <c>PATCH /repos/{owner}/{repo}/issues/{issue_number}</c>. Octokit's serialiser leaves null properties
/// out, so a null field stays as it is on GitHub (Octokit's own <c>IssueUpdate</c> sends a null milestone, which clears it).
/// </summary>
public sealed record IssuePatch(string? Title, string? Body, string? State, IReadOnlyList<string>? Labels, int? Milestone);
