using Octokit;
using Octokit.Internal;

namespace PlanBot.GitHub.Http;

/// <summary>
/// Octokit's HTTP client over PlanBot's pipeline. Octokit puts a fixed 100 s real-time timeout on each request and on
/// its <see cref="HttpClient"/>; the pipeline times each attempt itself (through the <see cref="TimeProvider"/>) and may
/// wait longer than that for a rate limit, so both are turned off here. The caller's token from
/// <see cref="GitHubCallCancellation"/> is joined to Octokit's. Octokit labels its JSON bodies
/// <c>application/x-www-form-urlencoded</c>; they go out as <c>application/json</c>, which GitHub's description requires.
/// </summary>
public sealed class PipelineOctokitHttpClient : IHttpClient
{
    private readonly HttpClientAdapter adapter;

    public PipelineOctokitHttpClient(HttpMessageHandler pipeline)
    {
        adapter = new HttpClientAdapter(() => pipeline);
        adapter.SetRequestTimeout(Timeout.InfiniteTimeSpan);
    }

    public async Task<IResponse> Send(IRequest request, CancellationToken cancellationToken, Func<object, object>? preprocessResponseBody = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request is Request concrete)
        {
            concrete.Timeout = TimeSpan.Zero;
            if (concrete.Body is string && concrete.ContentType == "application/x-www-form-urlencoded")
            {
                concrete.ContentType = "application/json";
            }
        }

        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, GitHubCallCancellation.Current);
        return await adapter.Send(request, linked.Token, preprocessResponseBody).ConfigureAwait(false);
    }

    public void SetRequestTimeout(TimeSpan timeout)
    {
    }

    public void Dispose() => adapter.Dispose();
}
