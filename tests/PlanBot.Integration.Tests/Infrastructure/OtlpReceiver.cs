using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace PlanBot.Integration.Tests.Infrastructure;

/// <summary>
/// A stand-in OpenTelemetry collector on a free loopback port: accepts OTLP/HTTP exports and keeps their bodies per
/// signal (<c>/v1/traces</c>, <c>/v1/metrics</c>, <c>/v1/logs</c>). Strings travel as plain UTF-8 inside the protobuf,
/// so a test can look for a delivery id in the bytes.
/// </summary>
public sealed class OtlpReceiver : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentQueue<(string Path, byte[] Body)> exports = new();

    private OtlpReceiver(WebApplication app) => this.app = app;

    public string Endpoint => app.Urls.First();

    public static async Task<OtlpReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder(["--urls=http://127.0.0.1:0"]);
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var receiver = new OtlpReceiver(app);
        app.MapPost("/v1/{signal}", async (HttpRequest request, string signal) =>
        {
            using var body = new MemoryStream();
            await request.Body.CopyToAsync(body);
            receiver.exports.Enqueue(("/v1/" + signal, body.ToArray()));
            return Results.Ok();
        });
        await app.StartAsync();
        return receiver;
    }

    /// <summary>True when some export to <paramref name="path"/> contains <paramref name="text"/> (UTF-8).</summary>
    public bool Received(string path, string text)
    {
        var needle = System.Text.Encoding.UTF8.GetBytes(text);
        return exports.Any(export => export.Path == path && export.Body.AsSpan().IndexOf(needle) >= 0);
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
