using System.Collections.Concurrent;

namespace PlanBot.GitHub.Http;

/// <summary>One <see cref="InstallationThrottle"/> per token holder, shared by every client of that installation.</summary>
public sealed class GitHubThrottles(GitHubWriteLimits limits, TimeProvider time)
{
    private readonly ConcurrentDictionary<long, InstallationThrottle> throttles = new();

    public InstallationThrottle For(long key) => throttles.GetOrAdd(key, _ => new InstallationThrottle(limits, time));
}
