using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using PlanBot.GitHub.Webhooks;

namespace PlanBot.Load;

/// <summary>Sends signed deliveries to one loopback endpoint with a fixed concurrency and times each acknowledgement.</summary>
internal sealed class LoadRun(HttpClient client, string secret, LoadSettings settings)
{
    private const int Warmup = 20;

    public async Task<LatencySummary> RunAsync(string target, CancellationToken cancellationToken)
    {
        for (var i = 0; i < Warmup; i++)
        {
            using var response = await client.SendAsync(Delivery(), cancellationToken);
        }

        var latencies = new double[settings.Count];
        var accepted = 0;
        var next = -1;
        var total = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, settings.Concurrency).Select(_ => Task.Run(
            async () =>
            {
                int index;
                while ((index = Interlocked.Increment(ref next)) < settings.Count)
                {
                    using var request = Delivery();
                    var started = Stopwatch.GetTimestamp();
                    using var response = await client.SendAsync(request, cancellationToken);
                    latencies[index] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                    if (response.IsSuccessStatusCode)
                    {
                        Interlocked.Increment(ref accepted);
                    }
                }
            },
            cancellationToken)));
        total.Stop();
        return LatencySummary.From(target, latencies, accepted, total.Elapsed);
    }

    private HttpRequestMessage Delivery()
    {
        var delivery = Guid.NewGuid().ToString();
        var padding = new string('x', Math.Max(0, settings.PayloadBytes - 160));
        var body = Encoding.UTF8.GetBytes(
            $$"""{"action":"labeled","installation":{"id":1},"repository":{"full_name":"acme/load"},"number":1,"padding":"{{padding}}"}""");
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/github/webhooks") { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.Add(WebhookHeaders.Event, "pull_request");
        request.Headers.Add(WebhookHeaders.Delivery, delivery);
        request.Headers.Add(WebhookSignature.HeaderName, WebhookSignature.Compute(secret, body));
        return request;
    }
}
