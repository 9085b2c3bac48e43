namespace PlanBot.Core.Planning.Inputs;

/// <summary>Classifies a non-functional requirement or a performance target by the words in it (English and Portuguese).</summary>
internal static class Concerns
{
    private static readonly (Concern Concern, string[] Fragments)[] Rules =
    [
        (Concern.Performance, ["perform", "latenc", "throughput", "response time", "scalab", "peak load", "load test", "speed", "desempenho", "latência", "vazão"]),
        (Concern.Availability, ["availab", "uptime", "reliab", "resilien", "disaster", "recover", "backup", "failover", "durab", "disponibilidade", "sla"]),
        (Concern.Security, ["secur", "authenticat", "authoriz", "authoris", "encrypt", "privacy", "complian", "permission", "gdpr", "lgpd", "pci", "segurança", "criptograf"]),
        (Concern.Observability, ["observab", "monitor", "logging", "tracing", "telemetr", "metric", "alert", "audit log"]),
    ];

    public static Concern Of(string text)
    {
        foreach (var (concern, fragments) in Rules)
        {
            if (fragments.Any(f => text.Contains(f, StringComparison.OrdinalIgnoreCase)))
            {
                return concern;
            }
        }

        return Concern.Other;
    }

    /// <summary>Targets about uptime are watched in production; every other target is proven by a load test.</summary>
    public static bool IsAvailability(string metric, string text) =>
        Of(metric) == Concern.Availability || text.Contains("uptime", StringComparison.OrdinalIgnoreCase)
        || metric.Contains("error", StringComparison.OrdinalIgnoreCase);
}
