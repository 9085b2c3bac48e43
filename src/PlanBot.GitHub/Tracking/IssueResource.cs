using Octokit;

namespace PlanBot.GitHub.Tracking;

/// <summary>
/// The fields of a REST issue that tracking reads, <c>parent_issue_url</c> included (Octokit's <see cref="Issue"/> has
/// no such field). Filled by Octokit's deserialiser, which maps <c>snake_case</c> names to these properties.
/// </summary>
public sealed class IssueResource
{
    public long Id { get; set; }

    public int Number { get; set; }

    public string Title { get; set; } = string.Empty;

    public string? Body { get; set; }

    public string State { get; set; } = "open";

    public IReadOnlyList<Label> Labels { get; set; } = [];

    public Milestone? Milestone { get; set; }

    /// <summary>Set when the "issue" is a pull request.</summary>
    public PullRequest? PullRequest { get; set; }

    public string? ParentIssueUrl { get; set; }
}
