using System.Text.RegularExpressions;

namespace PlanBot.Core.Planning.Inputs;

/// <summary>Classifies a non-functional requirement or a performance target by the words in it (English and Portuguese).</summary>
internal static partial class Concerns
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

    // What people do or feel, not what the system does: a load test cannot prove it.
    private static readonly string[] People =
    [
        "bug", "support", "ticket", "setup", "set up", "set-up", "onboard", "documenta", "seguindo", "person", "people", "staff",
        "effort", "adoption", "satisf", "nps", "churn", "conversion", "revenue", "retention", "manual", "time to change",
        "esforço", "equipe", "suporte",
    ];

    // A quantity of the system: its percentiles, latency, throughput, a time in milliseconds, a load or run time.
    private static readonly string[] SystemQuantities =
    [
        "p50", "p90", "p95", "p99", "latenc", "latência", "throughput", "vazão", "req/s", "rps", "qps", "page load", "load time", "run time",
        "response time", "tempo de resposta",
    ];

    /// <summary>
    /// A business success metric: a measure of what people do or feel ("Bug response time: &lt; 4h", "Setup em &lt; 30
    /// min seguindo documentação"), or a success criterion (<paramref name="successCriterion"/>) that states no
    /// quantity of the system ("median time from click to checkout under 2 minutes"). It is measured after release, never
    /// load-tested.
    /// </summary>
    public static bool IsBusiness(string text, bool successCriterion) =>
        People.Any(p => text.Contains(p, StringComparison.OrdinalIgnoreCase))
        || (successCriterion && !SystemQuantities.Any(s => text.Contains(s, StringComparison.OrdinalIgnoreCase)) && !Milliseconds().IsMatch(text));

    /// <summary>Targets about uptime are watched in production; every other target is proven by a load test.</summary>
    public static bool IsAvailability(string metric, string text) =>
        Of(metric) == Concern.Availability || text.Contains("uptime", StringComparison.OrdinalIgnoreCase)
        || metric.Contains("error", StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"\d\s*ms\b", RegexOptions.IgnoreCase)]
    private static partial Regex Milliseconds();
}
