namespace PlanBot.Integration.Tests.FakeGitHub;

public enum FakeFaultKind
{
    /// <summary>500 before doing anything.</summary>
    ServerError,

    /// <summary>Does the work, then answers 500 (GitHub acted; the client cannot know).</summary>
    ServerErrorAfterActing,

    /// <summary>403 "secondary rate limit" with <c>retry-after</c>.</summary>
    SecondaryRateLimit,

    /// <summary>429 with <c>retry-after</c>.</summary>
    TooManyRequests,

    /// <summary>403 with <c>x-ratelimit-remaining: 0</c> and <c>x-ratelimit-reset</c> after the wait.</summary>
    PrimaryRateLimit,

    /// <summary>403 "Resource not accessible by integration": the App lacks the permission (not a rate limit).</summary>
    NotAccessible,

    /// <summary>422 "Repository rule violations found": a ruleset forbids the write (creating branches, for one).</summary>
    RuleViolation,

    /// <summary>Never answers (until the client gives up).</summary>
    Hang,
}
