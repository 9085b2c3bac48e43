using PlanBot.GitHub.Http;

namespace PlanBot.Integration.Tests.GitHub;

/// <summary>Content-creating requests of one installation are spaced as GitHub asks: a second apart, 80 a minute, 500 an hour.</summary>
public sealed class WritePacingTests
{
    private static readonly TimeSpan OneSecond = TimeSpan.FromSeconds(1);

    [Theory]
    [InlineData("POST")]
    [InlineData("PATCH")]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    public async Task Concurrent_writes_of_one_installation_go_out_at_least_a_second_apart(string method)
    {
        using var harness = new PipelineHarness();
        var client = harness.NewClient();

        await FakeClock.RunAsync(harness.Time, Task.WhenAll(Enumerable.Range(1, 5).Select(i =>
            client.SendAsync(new HttpRequestMessage(new HttpMethod(method), $"repos/o/r/issues/{i}")))));

        var times = harness.GitHub.Attempts.Select(attempt => attempt.At).Order().ToList();
        Assert.Equal(5, times.Count);
        Assert.All(times.Zip(times.Skip(1)), pair => Assert.True(pair.Second - pair.First >= OneSecond, $"{pair.First:O} then {pair.Second:O}"));
        Assert.True(times[^1] - times[0] < TimeSpan.FromSeconds(5), "writes waited longer than the pacing needs");
        Assert.Equal(4, harness.Metrics.Sum("planbot.github.rate_limit.waits", ("reason", "write_pacing")));
    }

    [Fact]
    public async Task Reads_are_not_paced()
    {
        using var harness = new PipelineHarness();
        var client = harness.NewClient();

        await FakeClock.RunAsync(harness.Time, Task.WhenAll(Enumerable.Range(1, 5).Select(i => client.GetAsync(new Uri($"repos/o/r/issues/{i}", UriKind.Relative)))));

        Assert.Single(harness.GitHub.Attempts.Select(attempt => attempt.At).Distinct());
    }

    [Fact]
    public async Task Installations_are_paced_separately_and_clients_of_one_installation_together()
    {
        using var harness = new PipelineHarness();
        var first = harness.NewClient(installation: 1);
        var sameInstallation = harness.NewClient(installation: 1);
        var other = harness.NewClient(installation: 2);

        await FakeClock.RunAsync(harness.Time, Task.WhenAll(
            first.PostAsync(new Uri("repos/a/r/issues", UriKind.Relative), null),
            sameInstallation.PostAsync(new Uri("repos/a/r/labels", UriKind.Relative), null),
            other.PostAsync(new Uri("repos/b/r/issues", UriKind.Relative), null)));

        var byPath = harness.GitHub.Attempts.ToDictionary(attempt => attempt.Path, attempt => attempt.At);
        Assert.True((byPath["/repos/a/r/issues"] - byPath["/repos/a/r/labels"]).Duration() >= OneSecond);
        Assert.True(
            byPath["/repos/b/r/issues"] == byPath["/repos/a/r/issues"] || byPath["/repos/b/r/issues"] == byPath["/repos/a/r/labels"],
            "another installation's write waited for this one's");
    }

    [Fact]
    public async Task No_more_than_80_writes_go_out_in_any_minute()
    {
        using var harness = new PipelineHarness(limits: GitHubWriteLimits.GitHub with { MinimumInterval = TimeSpan.Zero });
        var client = harness.NewClient();

        await FakeClock.RunAsync(harness.Time, Task.WhenAll(Enumerable.Range(1, 170).Select(i =>
            client.PostAsync(new Uri($"repos/o/r/issues/{i}/comments", UriKind.Relative), null))));

        var times = harness.GitHub.Attempts.Select(attempt => attempt.At).Order().ToList();
        Assert.Equal(170, times.Count);
        Assert.All(times, start => Assert.True(times.Count(t => t >= start && t < start + TimeSpan.FromMinutes(1)) <= 80));
        Assert.Equal(times[0] + TimeSpan.FromMinutes(1), times[80]);
        Assert.Equal(times[0] + TimeSpan.FromMinutes(2), times[160]);
    }

    [Fact]
    public async Task A_write_beyond_the_hourly_count_is_refused_with_the_time_it_could_go_out()
    {
        using var harness = new PipelineHarness(limits: new GitHubWriteLimits(TimeSpan.Zero, 500, 500));
        var client = harness.NewClient();
        var start = harness.Time.GetUtcNow();
        await FakeClock.RunAsync(harness.Time, Task.WhenAll(Enumerable.Range(1, 500).Select(i =>
            client.PostAsync(new Uri($"repos/o/r/issues/{i}/comments", UriKind.Relative), null))));

        var refused = await Assert.ThrowsAsync<GitHubRateLimitedException>(() =>
            harness.SendAsync(HttpMethod.Post, "repos/o/r/issues/501/comments", client));

        Assert.Equal(start + TimeSpan.FromHours(1), refused.ResumeAt);
        Assert.Equal(500, harness.GitHub.Attempts.Count);
    }
}
