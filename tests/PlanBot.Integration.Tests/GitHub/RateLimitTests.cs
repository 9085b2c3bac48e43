using System.Globalization;
using System.Net;
using PlanBot.GitHub.Http;

namespace PlanBot.Integration.Tests.GitHub;

/// <summary>GitHub's rate-limit answers are honoured: the request waits as long as GitHub says, then goes again.</summary>
public sealed class RateLimitTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 25, 9, 0, 0, TimeSpan.Zero);

    public static TheoryData<string, int, string, string, int> Refusals => new()
    {
        // name, status, header, header value, seconds GitHub asks to wait
        { "secondary limit, retry-after", 403, "retry-after", "7", 7 },
        { "429, retry-after", 429, "retry-after", "12", 12 },
        { "quota spent, reset", 403, "x-ratelimit-reset", Start.AddSeconds(45).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture), 45 },
        { "429 without a time", 429, "x-github-request-id", "1", 60 },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task A_refused_request_waits_as_long_as_github_asks_then_goes_again(string name, int status, string header, string value, int seconds)
    {
        using var harness = new PipelineHarness((_, attempt, _) => Task.FromResult(attempt == 1
            ? ScriptedGitHub.Answer((HttpStatusCode)status, """{"message":"slow down"}""", (header, value), ("x-ratelimit-remaining", header == "x-ratelimit-reset" ? "0" : "12"))
            : ScriptedGitHub.Answer(HttpStatusCode.Created)));

        using var response = await harness.SendAsync(HttpMethod.Post, "repos/o/r/issues/1/comments");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var attempts = harness.GitHub.Attempts;
        Assert.Equal(2, attempts.Count);
        var waited = attempts[1].At - attempts[0].At;
        Assert.True(waited >= TimeSpan.FromSeconds(seconds) && waited < TimeSpan.FromSeconds(seconds + 1), $"{name}: waited {waited}");
        Assert.Equal(1, harness.Metrics.Sum("planbot.github.requests", ("outcome", "rate_limited")));
        Assert.Equal(1, harness.Metrics.Sum("planbot.github.rate_limit.waits"));
    }

    [Fact]
    public async Task A_bare_403_that_names_a_secondary_rate_limit_waits_a_minute()
    {
        using var harness = new PipelineHarness((_, attempt, _) => Task.FromResult(attempt == 1
            ? ScriptedGitHub.Answer(HttpStatusCode.Forbidden, """{"message":"You have exceeded a secondary rate limit."}""")
            : ScriptedGitHub.Answer(HttpStatusCode.OK)));

        using var response = await harness.SendAsync(HttpMethod.Get, "repos/o/r/issues");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(TimeSpan.FromMinutes(1), harness.GitHub.Attempts[1].At - harness.GitHub.Attempts[0].At);
    }

    [Fact]
    public async Task A_403_for_missing_permissions_is_answered_at_once()
    {
        using var harness = new PipelineHarness((_, _, _) => Task.FromResult(
            ScriptedGitHub.Answer(HttpStatusCode.Forbidden, """{"message":"Resource not accessible by integration"}""")));

        using var response = await harness.SendAsync(HttpMethod.Post, "repos/o/r/issues");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Single(harness.GitHub.Attempts);
    }

    [Fact]
    public async Task After_a_refusal_the_installations_other_requests_wait_too()
    {
        using var harness = new PipelineHarness((request, attempt, _) => Task.FromResult(
            request.RequestUri!.AbsolutePath.EndsWith("/first", StringComparison.Ordinal) && attempt == 1
                ? ScriptedGitHub.Answer(HttpStatusCode.TooManyRequests, "{}", ("retry-after", "30"))
                : ScriptedGitHub.Answer(HttpStatusCode.OK)));
        var client = harness.NewClient();
        var otherInstallation = harness.NewClient(installation: 99);

        using (await harness.SendAsync(HttpMethod.Get, "repos/o/r/first", client))
        {
        }

        var refusedAt = harness.GitHub.Attempts[0].At;
        using (await harness.SendAsync(HttpMethod.Get, "repos/o/r/other", otherInstallation))
        {
        }

        Assert.True(harness.GitHub.Attempts[^1].At >= refusedAt + TimeSpan.FromSeconds(30), "the next request did not wait for the installation's block");
    }

    [Fact]
    public async Task When_an_answer_spends_the_quota_the_next_request_waits_for_the_reset()
    {
        var reset = Start.AddMinutes(1).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        using var harness = new PipelineHarness((_, attempt, _) => Task.FromResult(attempt == 1
            ? ScriptedGitHub.Answer(HttpStatusCode.OK, "{}", ("x-ratelimit-remaining", "0"), ("x-ratelimit-reset", reset))
            : ScriptedGitHub.Answer(HttpStatusCode.OK)));
        var client = harness.NewClient();

        using (await harness.SendAsync(HttpMethod.Get, "repos/o/r/issues", client))
        {
        }

        using (await harness.SendAsync(HttpMethod.Get, "repos/o/r/issues", client))
        {
        }

        Assert.True(harness.GitHub.Attempts[1].At >= Start.AddMinutes(1));
        Assert.Equal(1, harness.Metrics.Sum("planbot.github.rate_limit.waits", ("reason", "primary_rate_limit")));
    }

    [Fact]
    public async Task A_wait_longer_than_planbot_holds_a_call_throws_with_the_time_to_resume()
    {
        var reset = Start.AddMinutes(40);
        using var harness = new PipelineHarness((_, _, _) => Task.FromResult(ScriptedGitHub.Answer(
            HttpStatusCode.Forbidden,
            """{"message":"API rate limit exceeded"}""",
            ("x-ratelimit-remaining", "0"),
            ("x-ratelimit-reset", reset.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)))));

        var refused = await Assert.ThrowsAsync<GitHubRateLimitedException>(() => harness.SendAsync(HttpMethod.Get, "repos/o/r/issues"));

        Assert.Equal(reset, refused.ResumeAt);
        Assert.Single(harness.GitHub.Attempts);
    }

    [Fact]
    public async Task Refusals_after_every_wait_end_in_an_exception_after_the_allowed_retries()
    {
        using var harness = new PipelineHarness((_, _, _) => Task.FromResult(ScriptedGitHub.Answer(HttpStatusCode.TooManyRequests, "{}", ("retry-after", "5"))));

        await Assert.ThrowsAsync<GitHubRateLimitedException>(() => harness.SendAsync(HttpMethod.Post, "repos/o/r/issues"));

        Assert.Equal(GitHubRetryPolicy.Default.MaxRateLimitRetries + 1, harness.GitHub.Attempts.Count);
    }
}
