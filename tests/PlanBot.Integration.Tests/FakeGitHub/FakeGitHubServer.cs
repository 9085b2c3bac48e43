using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace PlanBot.Integration.Tests.FakeGitHub;

/// <summary>
/// A stateful GitHub REST API on real Kestrel (127.0.0.1, free port) for the endpoints PlanBot calls. Every answer has
/// GitHub's rate-limit headers (a quota of 5000 an hour per token, 304s free); requests need a token the fake issued
/// (or a registered personal access token); <see cref="Faults"/> injects failures; <see cref="Log"/> records traffic.
/// All time is the given <see cref="TimeProvider"/>.
/// </summary>
public sealed class FakeGitHubServer : IAsyncDisposable
{
    private const string FaultKey = "fake-github-fault";
    private const string HungKey = "fake-github-hung";

    private readonly WebApplication app;
    private readonly Dictionary<string, (int Used, DateTimeOffset Reset)> quotas = new(StringComparer.Ordinal);

    private FakeGitHubServer(WebApplication app, FakeGitHubState state)
    {
        this.app = app;
        State = state;
    }

    public FakeGitHubState State { get; }

    public FakeFaults Faults { get; } = new();

    public FakeRequestLog Log { get; } = new();

    public Uri BaseAddress { get; private set; } = null!;

    public int Port => BaseAddress.Port;

    /// <summary>Where clients reach the fake when a proxy (Prism) stands in front; Link headers point there.</summary>
    public string? PublicBaseAddress { get; set; }

    public static async Task<FakeGitHubServer> StartAsync(TimeProvider? time = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new FakeGitHubServer(app, new FakeGitHubState(time ?? TimeProvider.System));
        server.Configure();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        server.BaseAddress = new Uri(address.Replace("[::1]", "127.0.0.1", StringComparison.Ordinal) + "/");
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        await app.StopAsync(stop.Token);
        await app.DisposeAsync();
    }

    private void Configure()
    {
        app.Use(RecordAsync);
        app.Use(RateLimitHeadersAsync);
        app.Use(InjectFaultAsync);
        app.Use(AuthenticateAsync);
        AppEndpoints.Map(app, State);
        RepositoryEndpoints.Map(app, State);
        ContentsEndpoints.Map(app, State);
        GitEndpoints.Map(app, State);
        PullEndpoints.Map(app, State);
        IssueEndpoints.Map(app, State);
        IssueCommentEndpoints.Map(app, State);
        ReactionEndpoints.Map(app, State);
        StatusEndpoints.Map(app, State);
        LabelEndpoints.Map(app, State);
        MilestoneEndpoints.Map(app, State);
        SubIssueEndpoints.Map(app, State);
        app.MapFallback(FakeHttp.NotFoundAsync);
    }

    private async Task RecordAsync(HttpContext context, RequestDelegate next)
    {
        if (PublicBaseAddress is not null)
        {
            context.Items[FakeHttp.PublicBaseKey] = PublicBaseAddress.TrimEnd('/');
        }

        var at = State.Time.GetUtcNow();
        context.Request.EnableBuffering();
        string requestBody;
        using (var reader = new StreamReader(context.Request.Body, leaveOpen: true))
        {
            requestBody = await reader.ReadToEndAsync(context.RequestAborted);
        }

        context.Request.Body.Position = 0;
        var original = context.Response.Body;
        using var recording = new RecordingStream(original);
        context.Response.Body = recording;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = original;
            Log.Add(new FakeRequest(
                context.Request.Method,
                context.Request.Path.Value ?? string.Empty,
                context.Request.QueryString.Value ?? string.Empty,
                context.Items.ContainsKey(HungKey) ? 0 : context.Response.StatusCode,
                at,
                recording.Written,
                context.Request.Headers.Authorization.ToString(),
                requestBody,
                recording.Text()));
        }
    }

    private Task RateLimitHeadersAsync(HttpContext context, RequestDelegate next)
    {
        context.Response.OnStarting(() =>
        {
            var now = State.Time.GetUtcNow();
            var key = FakeHttp.Token(context) ?? "anonymous";
            int used;
            DateTimeOffset reset;
            lock (quotas)
            {
                var quota = quotas.TryGetValue(key, out var current) && current.Reset > now ? current : (0, now + TimeSpan.FromHours(1));
                if (context.Response.StatusCode != StatusCodes.Status304NotModified)
                {
                    quota.Item1++;
                }

                quotas[key] = quota;
                (used, reset) = quota;
            }

            var headers = context.Response.Headers;
            var primary = context.Items[FaultKey] is FakeFault { Kind: FakeFaultKind.PrimaryRateLimit } fault ? fault : null;
            headers["x-ratelimit-limit"] = FakeGitHubLimits.RequestsPerHour.ToString(CultureInfo.InvariantCulture);
            headers["x-ratelimit-remaining"] = primary is null
                ? Math.Max(FakeGitHubLimits.RequestsPerHour - used, 0).ToString(CultureInfo.InvariantCulture)
                : "0";
            headers["x-ratelimit-reset"] = (primary is null ? reset : now + primary.Wait).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
            headers["x-ratelimit-used"] = used.ToString(CultureInfo.InvariantCulture);
            headers["x-ratelimit-resource"] = "core";
            headers["x-github-api-version-selected"] = "2022-11-28";
            return Task.CompletedTask;
        });
        return next(context);
    }

    private async Task InjectFaultAsync(HttpContext context, RequestDelegate next)
    {
        if (Faults.Take(context.Request) is not { } fault)
        {
            await next(context);
            return;
        }

        context.Items[FaultKey] = fault;
        var retryAfter = Math.Max((int)Math.Ceiling(fault.Wait.TotalSeconds), 0).ToString(CultureInfo.InvariantCulture);
        switch (fault.Kind)
        {
            case FakeFaultKind.ServerError:
                await FakeHttp.ErrorAsync(context, StatusCodes.Status500InternalServerError, "Server Error");
                break;
            case FakeFaultKind.ServerErrorAfterActing:
                await ActThenFailAsync(context, next);
                break;
            case FakeFaultKind.SecondaryRateLimit:
                context.Response.Headers.RetryAfter = retryAfter;
                await FakeHttp.ErrorAsync(
                    context,
                    StatusCodes.Status403Forbidden,
                    "You have exceeded a secondary rate limit. Please wait a few minutes before you try again.");
                break;
            case FakeFaultKind.TooManyRequests:
                context.Response.Headers.RetryAfter = retryAfter;
                await FakeHttp.ErrorAsync(context, StatusCodes.Status429TooManyRequests, "Too many requests");
                break;
            case FakeFaultKind.PrimaryRateLimit:
                await FakeHttp.ErrorAsync(context, StatusCodes.Status403Forbidden, "API rate limit exceeded for installation.");
                break;
            case FakeFaultKind.NotAccessible:
                await FakeHttp.ErrorAsync(context, StatusCodes.Status403Forbidden, "Resource not accessible by integration");
                break;
            case FakeFaultKind.RuleViolation:
                await FakeHttp.ErrorAsync(
                    context,
                    StatusCodes.Status422UnprocessableEntity,
                    "Repository rule violations found\n\nCannot create ref due to creations being restricted.\n\n");
                break;
            case FakeFaultKind.Hang:
                context.Items[HungKey] = true;
                try
                {
                    await Task.Delay(Timeout.Infinite, context.RequestAborted);
                }
                catch (OperationCanceledException)
                {
                    // The client gave up: what a hung GitHub request looks like from here.
                }

                break;
            default:
                throw new InvalidOperationException($"Unknown fault {fault.Kind}.");
        }
    }

    private static async Task ActThenFailAsync(HttpContext context, RequestDelegate next)
    {
        var original = context.Response.Body;
        using var discarded = new MemoryStream();
        context.Response.Body = discarded;
        await next(context);
        context.Response.Body = original;
        context.Response.Clear();
        await FakeHttp.ErrorAsync(context, StatusCodes.Status500InternalServerError, "Server Error");
    }

    private Task AuthenticateAsync(HttpContext context, RequestDelegate next)
    {
        // The App endpoints check the JWT themselves.
        if (context.Request.Path.StartsWithSegments("/app", StringComparison.Ordinal))
        {
            return next(context);
        }

        lock (State.Gate)
        {
            if (State.LoginFor(FakeHttp.Token(context)) is null)
            {
                return FakeHttp.ErrorAsync(context, StatusCodes.Status401Unauthorized, "Bad credentials");
            }
        }

        return next(context);
    }
}
