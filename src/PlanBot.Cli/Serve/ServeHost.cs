using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using PlanBot.GitHub;
using PlanBot.GitHub.Conversation;
using PlanBot.GitHub.Installations;
using PlanBot.GitHub.Telemetry;
using PlanBot.GitHub.Tracking;
using PlanBot.GitHub.Webhooks;
using PlanBot.Storage;

namespace PlanBot.Cli.Serve;

/// <summary>
/// The Functions app's pipeline on Kestrel: the same two routes over the same ingress and health endpoint, the same
/// services and telemetry, and a <see cref="QueuePoller"/> in place of the queue trigger.
/// </summary>
public static class ServeHost
{
    public const string WebhookRoute = "/api/github/webhooks";

    public const string HealthRoute = "/api/health";

    /// <param name="args">Host arguments: <c>--urls</c> and any <c>--PlanBot:…=value</c> setting.</param>
    /// <param name="configureServices">Applied after PlanBot's own registrations, so it can replace them (the webhook handlers).</param>
    public static WebApplication Build(string[] args, Action<IServiceCollection>? configureServices = null)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        builder.Services
            .AddPlanBotStorage(builder.Configuration)
            .AddPlanBotWebhooks(builder.Configuration)
            .AddPlanBotLifecycle()
            .AddPlanBotGitHub(builder.Configuration)
            .AddPlanBotConversation()
            .AddPlanBotTracking(builder.Configuration);
        builder.Services.AddPlanBotTelemetry(builder.Configuration);
        builder.Services.AddHostedService<QueuePoller>();
        configureServices?.Invoke(builder.Services);
        var app = builder.Build();
        app.MapPost(WebhookRoute, (HttpRequest request, WebhookIngress ingress, CancellationToken cancellationToken) => ingress.HandleAsync(request, cancellationToken));
        app.MapGet(HealthRoute, (HealthEndpoint health, CancellationToken cancellationToken) => health.CheckAsync(cancellationToken));
        return app;
    }
}
