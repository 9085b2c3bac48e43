using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using PlanBot.Core.Ports;
using PlanBot.Core.Telemetry;

namespace PlanBot.GitHub.Webhooks;

public static class WebhookServiceCollectionExtensions
{
    /// <summary>The ingress, the queue message processor, the handler factory, the health endpoint and PlanBot's meters.</summary>
    public static IServiceCollection AddPlanBotWebhooks(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<WebhookOptions>().Bind(configuration.GetSection(WebhookOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<WebhookOptions>, WebhookOptionsValidator>();
        services.AddOptions<WebhookQueueOptions>().Bind(configuration.GetSection(WebhookQueueOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<WebhookQueueOptions>, WebhookQueueOptionsValidator>();
        services.AddMetrics();
        services.TryAddSingleton<PlanBotTelemetry>();
        services.AddSingleton<WebhookIngress>();
        services.AddSingleton<WebhookMessageProcessor>();
        services.AddSingleton<HealthEndpoint>();
        services.AddSingleton<NullWebhookHandler>();
        services.TryAddSingleton<IWebhookHandlerFactory, WebhookHandlerFactory>();
        return services;
    }

    /// <summary>Routes <paramref name="eventName"/> (for the given actions, or all of them when none are given) to <typeparamref name="THandler"/>.</summary>
    public static IServiceCollection AddWebhookHandler<THandler>(this IServiceCollection services, string eventName, params string[] actions)
        where THandler : class, IWebhookHandler
    {
        services.TryAddTransient<THandler>();
        if (actions.Length == 0)
        {
            services.AddSingleton(new WebhookHandlerRegistration(eventName, null, typeof(THandler)));
        }

        foreach (var action in actions)
        {
            services.AddSingleton(new WebhookHandlerRegistration(eventName, action, typeof(THandler)));
        }

        return services;
    }
}
