namespace PlanBot.GitHub.Http;

/// <summary>No request of an installation goes out before <see cref="Until"/>, because of <see cref="Reason"/>.</summary>
public readonly record struct GitHubLimitBlock(DateTimeOffset Until, GitHubWaitReason Reason);
