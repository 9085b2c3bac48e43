namespace PlanBot.GitHub.Telemetry;

public enum TelemetryDestination
{
    /// <summary>No exporter: logs still reach the console (serve) or the Functions host; spans and metrics stay in process.</summary>
    None,

    /// <summary>Application Insights, through the Azure Monitor OpenTelemetry exporter.</summary>
    AzureMonitor,

    /// <summary>Any OpenTelemetry collector (the Aspire dashboard, Jaeger, Grafana…), over OTLP.</summary>
    Otlp,
}
