using System.Net;
using System.Text;

namespace PlanBot.Integration.Tests.GitHub;

/// <summary>
/// The transport under the pipeline in handler tests: answers each attempt from a script (attempt number → answer, or
/// an exception) and records when each attempt arrived by the fake clock. <see cref="NoAnswerAsync"/> stands for a
/// server that never answers: like a real transport, it ends only when the request is cancelled.
/// </summary>
public sealed class ScriptedGitHub(TimeProvider time, Func<HttpRequestMessage, int, CancellationToken, Task<HttpResponseMessage>> answer) : HttpMessageHandler
{
    private readonly Lock gate = new();
    private readonly List<(DateTimeOffset At, string Method, string Path)> attempts = [];

    public IReadOnlyList<(DateTimeOffset At, string Method, string Path)> Attempts
    {
        get
        {
            lock (gate)
            {
                return [.. attempts];
            }
        }
    }

    public static HttpResponseMessage Answer(HttpStatusCode status, string body = "{}", params (string Name, string Value)[] headers)
    {
        var response = new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        foreach (var (name, value) in headers)
        {
            response.Headers.TryAddWithoutValidation(name, value);
        }

        return response;
    }

    /// <summary>Always 200.</summary>
    public static ScriptedGitHub Ok(TimeProvider time) => new(time, (_, _, _) => Task.FromResult(Answer(HttpStatusCode.OK)));

    public static async Task<HttpResponseMessage> NoAnswerAsync(CancellationToken cancellationToken)
    {
        await Task.Delay(Timeout.Infinite, cancellationToken);
        throw new InvalidOperationException("Unreachable: an infinite delay ends only by cancellation.");
    }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        int attempt;
        lock (gate)
        {
            attempts.Add((time.GetUtcNow(), request.Method.Method, request.RequestUri!.AbsolutePath));
            attempt = attempts.Count(a => a.Method == request.Method.Method && a.Path == request.RequestUri.AbsolutePath);
        }

        return answer(request, attempt, cancellationToken);
    }
}
