using System.Net;
using PlanBot.GitHub.Http;

namespace PlanBot.Integration.Tests.GitHub;

/// <summary>
/// Transient failures are retried with bounded exponential backoff when repeating is harmless; a write GitHub may
/// have acted on is not repeated; what still fails surfaces.
/// </summary>
public sealed class RetryTests
{
    [Theory]
    [InlineData("GET", "repos/o/r/pulls/1")]
    [InlineData("PATCH", "repos/o/r/issues/comments/5")]
    [InlineData("POST", "repos/o/r/statuses/abc")]
    [InlineData("POST", "repos/o/r/issues/comments/5/reactions")]
    [InlineData("PUT", "repos/o/r/issues/4/lock")]
    public async Task A_5xx_to_a_request_safe_to_repeat_is_retried_with_exponential_backoff(string method, string path)
    {
        using var harness = new PipelineHarness((_, attempt, _) => Task.FromResult(ScriptedGitHub.Answer(attempt < 4 ? HttpStatusCode.BadGateway : HttpStatusCode.OK)));

        using var response = await harness.SendAsync(new HttpMethod(method), path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var times = harness.GitHub.Attempts.Select(attempt => attempt.At).ToList();
        Assert.Equal(4, times.Count);
        var gaps = times.Zip(times.Skip(1), (a, b) => b - a).ToList();
        Assert.All(gaps.Zip(new[] { 1, 2, 4 }), pair => Assert.InRange(pair.First.TotalSeconds, pair.Second, pair.Second + 1.05));
        Assert.Equal(3, harness.Metrics.Sum("planbot.github.retries", ("reason", "server_error")));
        Assert.Equal(1, harness.Metrics.Sum("planbot.github.requests", ("outcome", "success")));
    }

    [Fact]
    public async Task A_5xx_that_persists_is_surfaced_after_the_last_attempt()
    {
        using var harness = new PipelineHarness((_, _, _) => Task.FromResult(ScriptedGitHub.Answer(HttpStatusCode.InternalServerError)));

        using var response = await harness.SendAsync(HttpMethod.Get, "repos/o/r/issues/1");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal(GitHubRetryPolicy.Default.MaxAttempts, harness.GitHub.Attempts.Count);
    }

    [Theory]
    [InlineData("POST", "repos/o/r/issues/3/comments")]
    [InlineData("POST", "repos/o/r/issues")]
    [InlineData("POST", "repos/o/r/pulls")]
    [InlineData("POST", "repos/o/r/git/refs")]
    [InlineData("PUT", "repos/o/r/contents/docs/IMPLEMENTATION_PLAN.md")]
    public async Task A_5xx_to_a_write_github_may_have_acted_on_is_not_repeated(string method, string path)
    {
        using var harness = new PipelineHarness((_, _, _) => Task.FromResult(ScriptedGitHub.Answer(HttpStatusCode.InternalServerError)));

        using var response = await harness.SendAsync(new HttpMethod(method), path);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Single(harness.GitHub.Attempts);
    }

    [Fact]
    public async Task A_connection_that_never_reached_github_is_retried_even_for_a_comment()
    {
        using var harness = new PipelineHarness((_, attempt, _) => attempt == 1
            ? throw new HttpRequestException(HttpRequestError.ConnectionError, "Connection refused")
            : Task.FromResult(ScriptedGitHub.Answer(HttpStatusCode.Created)));

        using var response = await harness.SendAsync(HttpMethod.Post, "repos/o/r/issues/3/comments");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(2, harness.GitHub.Attempts.Count);
    }

    [Fact]
    public async Task A_connection_broken_mid_answer_is_surfaced_for_a_comment()
    {
        using var harness = new PipelineHarness((_, _, _) => throw new HttpRequestException(HttpRequestError.ResponseEnded, "The response ended prematurely"));

        var error = await Assert.ThrowsAsync<HttpRequestException>(() => harness.SendAsync(HttpMethod.Post, "repos/o/r/issues/3/comments"));

        Assert.Equal(HttpRequestError.ResponseEnded, error.HttpRequestError);
        Assert.Single(harness.GitHub.Attempts);
    }

    [Fact]
    public async Task A_request_that_gets_no_answer_times_out_and_is_retried()
    {
        using var harness = new PipelineHarness((_, attempt, cancellationToken) => attempt == 1
            ? ScriptedGitHub.NoAnswerAsync(cancellationToken)
            : Task.FromResult(ScriptedGitHub.Answer(HttpStatusCode.OK)));

        using var response = await harness.SendAsync(HttpMethod.Get, "repos/o/r/pulls/1");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(harness.GitHub.Attempts[1].At - harness.GitHub.Attempts[0].At >= GitHubRetryPolicy.Default.AttemptTimeout);
        Assert.Equal(1, harness.Metrics.Sum("planbot.github.requests", ("outcome", "timeout")));
    }

    [Fact]
    public async Task A_comment_that_gets_no_answer_surfaces_a_timeout_and_is_not_repeated()
    {
        using var harness = new PipelineHarness((_, _, cancellationToken) => ScriptedGitHub.NoAnswerAsync(cancellationToken));

        var error = await Assert.ThrowsAsync<TimeoutException>(() => harness.SendAsync(HttpMethod.Post, "repos/o/r/issues/3/comments"));

        Assert.Contains("POST /repos/o/r/issues/3/comments", error.Message, StringComparison.Ordinal);
        Assert.Single(harness.GitHub.Attempts);
    }
}
