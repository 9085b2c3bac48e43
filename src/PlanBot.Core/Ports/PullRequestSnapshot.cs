namespace PlanBot.Core.Ports;

/// <summary>
/// A pull request as GitHub reports it now. <see cref="HeadRepository"/> is <c>owner/name</c> of the branch's
/// repository: different from the base repository for a fork, where the App cannot push.
/// </summary>
public sealed record PullRequestSnapshot(
    int Number,
    bool Open,
    bool Draft,
    bool Merged,
    string Author,
    string HeadSha,
    string HeadRef,
    string HeadRepository,
    string BaseRef,
    string DefaultBranch);
