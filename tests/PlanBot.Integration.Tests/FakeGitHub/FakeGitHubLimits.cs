namespace PlanBot.Integration.Tests.FakeGitHub;

/// <summary>GitHub's numbers the fake imitates.</summary>
public static class FakeGitHubLimits
{
    /// <summary>The contents API inlines a file's content up to 1 MB.</summary>
    public const int InlineContentBytes = 1024 * 1024;

    /// <summary>The primary rate limit of an installation, per hour.</summary>
    public const int RequestsPerHour = 5000;

    public const int DefaultPerPage = 30;

    public const int MaxPerPage = 100;
}
