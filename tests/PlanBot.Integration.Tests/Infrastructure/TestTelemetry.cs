using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using PlanBot.Core.Telemetry;

namespace PlanBot.Integration.Tests.Infrastructure;

/// <summary>PlanBot's instruments on a meter factory of their own, for classes built without a container.</summary>
internal static class TestTelemetry
{
    private static readonly ServiceProvider Services = new ServiceCollection().AddMetrics().BuildServiceProvider();

    public static PlanBotTelemetry Create() => new(Services.GetRequiredService<IMeterFactory>());
}
