using System.Diagnostics.Metrics;
using PlanBot.Core.Telemetry;

namespace PlanBot.GitHub;

/// <summary>
/// PlanBot's GitHub traffic on the <c>PlanBot</c> meter: every attempt by outcome, the retries, and the time spent
/// waiting for GitHub's limits (write pacing, secondary and primary rate limits).
/// </summary>
public sealed class GitHubMetrics
{
    public const string MeterName = PlanBotTelemetry.Name;

    private readonly Counter<long> requests;
    private readonly Counter<long> retries;
    private readonly Counter<long> rateLimitWaits;
    private readonly Histogram<double> rateLimitWaitSeconds;

    public GitHubMetrics(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        var meter = meterFactory.Create(MeterName);
        requests = meter.CreateCounter<long>("planbot.github.requests", "{request}", "HTTP attempts sent to GitHub, by method and outcome.");
        retries = meter.CreateCounter<long>("planbot.github.retries", "{request}", "Attempts repeated after a transient failure, by reason.");
        rateLimitWaits = meter.CreateCounter<long>("planbot.github.rate_limit.waits", "{wait}", "Times a request waited for a GitHub limit, by reason.");
        rateLimitWaitSeconds = meter.CreateHistogram<double>("planbot.github.rate_limit.wait.duration", "s", "How long requests waited for GitHub limits.");
    }

    public void Attempted(HttpMethod method, GitHubOutcome outcome) =>
        requests.Add(1, new KeyValuePair<string, object?>("http.request.method", method.Method), new KeyValuePair<string, object?>("outcome", outcome.Tag()));

    public void Retried(GitHubOutcome reason) => retries.Add(1, new KeyValuePair<string, object?>("reason", reason.Tag()));

    public void Waited(GitHubWaitReason reason, TimeSpan duration)
    {
        var tag = new KeyValuePair<string, object?>("reason", reason.Tag());
        rateLimitWaits.Add(1, tag);
        rateLimitWaitSeconds.Record(duration.TotalSeconds, tag);
    }
}
