namespace PlanBot.Integration.Tests.FakeGitHub;

public sealed class FakeMilestone
{
    public required long Id { get; init; }

    public required int Number { get; init; }

    public required string Author { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public string Title { get; set; } = string.Empty;

    public string? Description { get; set; }

    public string State { get; set; } = "open";

    public DateTimeOffset? DueOn { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public DateTimeOffset? ClosedAt { get; set; }
}
