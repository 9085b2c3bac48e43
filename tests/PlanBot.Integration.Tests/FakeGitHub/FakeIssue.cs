namespace PlanBot.Integration.Tests.FakeGitHub;

/// <summary>An issue, or the issue side of a pull request (<see cref="Pull"/> set). Mutable under the state's lock.</summary>
public sealed class FakeIssue
{
    public required long Id { get; init; }

    public required int Number { get; init; }

    public required string Author { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public string Title { get; set; } = string.Empty;

    public string? Body { get; set; }

    public string State { get; set; } = "open";

    public string? StateReason { get; set; }

    public List<string> Labels { get; } = [];

    public int? Milestone { get; set; }

    public List<string> Assignees { get; } = [];

    public DateTimeOffset UpdatedAt { get; set; }

    public DateTimeOffset? ClosedAt { get; set; }

    /// <summary>The database id of the parent issue, for a sub-issue.</summary>
    public long? ParentId { get; set; }

    public FakePull? Pull { get; init; }
}
