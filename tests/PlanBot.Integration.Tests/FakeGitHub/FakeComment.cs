namespace PlanBot.Integration.Tests.FakeGitHub;

public sealed class FakeComment
{
    public required long Id { get; init; }

    public required int IssueNumber { get; init; }

    public required string Author { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public string Body { get; set; } = string.Empty;

    public DateTimeOffset UpdatedAt { get; set; }
}
