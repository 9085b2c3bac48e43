using Azure.Monitor.OpenTelemetry.Exporter;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using PlanBot.Core.Telemetry;

namespace PlanBot.GitHub.Telemetry;

public static class TelemetryServiceCollectionExtensions
{
    /// <summary>
    /// OpenTelemetry for PlanBot's spans (<see cref="PlanBotTelemetry.ActivitySource"/>), meter and logs, exported as
    /// <see cref="TelemetryExport"/> decides. Logs keep their scopes, so the delivery id, repository and pull request of
    /// a webhook reach every exported log line. Returns the builder so the Functions host can add its worker defaults.
    /// </summary>
    public static IOpenTelemetryBuilder AddPlanBotTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        var export = TelemetryExport.From(configuration);
        var builder = services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(PlanBotTelemetry.Name))
            .WithTracing(tracing => tracing.AddSource(PlanBotTelemetry.Name))
            .WithMetrics(metrics => metrics.AddMeter(PlanBotTelemetry.Name))
            .WithLogging(configureBuilder: null, configureOptions: options =>
            {
                options.IncludeScopes = true;
                options.IncludeFormattedMessage = true;
            });
        switch (export.Destination)
        {
            case TelemetryDestination.AzureMonitor:
                builder.UseAzureMonitorExporter(options =>
                {
                    options.ConnectionString = export.ConnectionString;
                    options.Credential = export.Credential();
                });
                break;
            case TelemetryDestination.Otlp:
                builder.UseOtlpExporter();
                break;
            case TelemetryDestination.None:
                break;
        }

        return builder;
    }
}
