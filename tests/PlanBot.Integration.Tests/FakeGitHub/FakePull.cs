namespace PlanBot.Integration.Tests.FakeGitHub;

/// <summary>
/// The pull-request side of an issue. <see cref="HeadRepository"/> is <c>owner/name</c>; for a head branch in the same
/// repository the head sha is read from the branch, for a fork it is <see cref="ForkHeadSha"/>.
/// </summary>
public sealed class FakePull
{
    public required string HeadRef { get; init; }

    public required string HeadRepository { get; init; }

    public required string BaseRef { get; init; }

    public string? ForkHeadSha { get; init; }

    public bool Draft { get; set; }

    public bool Merged { get; set; }
}
