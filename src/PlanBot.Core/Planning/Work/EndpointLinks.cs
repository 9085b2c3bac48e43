using PlanBot.Core.Documents;

namespace PlanBot.Core.Planning.Work;

/// <summary>
/// Which feature builds each TRD endpoint, by the words of its path against the feature's title (and, more weakly,
/// its acceptance criteria). Words of the product's own name link nothing (in a reconciliation product,
/// <c>/reconciliations</c> says nothing about which requirement it serves). Health and metrics endpoints belong to
/// the foundation and observability work; the rest are grouped by resource.
/// </summary>
internal sealed class EndpointLinks
{
    private const int MinScore = 2;

    private static readonly HashSet<string> HealthSegments = new(StringComparer.OrdinalIgnoreCase)
    {
        "health", "healthz", "healthcheck", "health-check", "ready", "readyz", "readiness", "live", "livez", "liveness", "ping",
    };

    private static readonly HashSet<string> MetricsSegments = new(StringComparer.OrdinalIgnoreCase) { "metrics", "prometheus" };

    private readonly Dictionary<Feature, List<Sourced<ApiEndpoint>>> byFeature = [];

    private EndpointLinks()
    {
    }

    public List<Sourced<ApiEndpoint>> Health { get; } = [];

    public List<Sourced<ApiEndpoint>> Metrics { get; } = [];

    /// <summary>Endpoints no feature claims, grouped by their first path segment, in order of appearance.</summary>
    public List<(string Resource, List<Sourced<ApiEndpoint>> Endpoints)> Groups { get; } = [];

    public static EndpointLinks Link(IReadOnlyList<Sourced<ApiEndpoint>> endpoints, IReadOnlyList<Feature> features, string product)
    {
        var links = new EndpointLinks();
        var productStems = Words.Stems(product);
        foreach (var endpoint in endpoints)
        {
            var resource = Resource(endpoint.Value.Path);
            if (HealthSegments.Contains(resource))
            {
                links.Health.Add(endpoint);
                continue;
            }

            if (MetricsSegments.Contains(resource))
            {
                links.Metrics.Add(endpoint);
                continue;
            }

            var stems = Words.Stems(PathWords(endpoint.Value.Path)).Where(s => !productStems.Any(p => Words.Same(p, s))).ToList();
            var best = Best(stems, features);
            if (best is not null)
            {
                if (!links.byFeature.TryGetValue(best, out var list))
                {
                    list = [];
                    links.byFeature[best] = list;
                }

                list.Add(endpoint);
                continue;
            }

            var group = links.Groups.FindIndex(g => string.Equals(g.Resource, resource, StringComparison.OrdinalIgnoreCase));
            if (group < 0)
            {
                links.Groups.Add((resource, [endpoint]));
            }
            else
            {
                links.Groups[group].Endpoints.Add(endpoint);
            }
        }

        return links;
    }

    public IReadOnlyList<Sourced<ApiEndpoint>> Of(Feature feature) => byFeature.TryGetValue(feature, out var list) ? list : [];

    /// <summary>The first path segment that is neither a version nor a parameter: <c>/v1/statements/{id}</c> → statements.</summary>
    public static string Resource(string path)
    {
        foreach (var segment in path.Split('/', '?'))
        {
            var trimmed = segment.Trim();
            if (trimmed.Length == 0 || trimmed.StartsWith('{') || trimmed.StartsWith(':') || IsVersionOrPrefix(trimmed))
            {
                continue;
            }

            return trimmed;
        }

        return "root";
    }

    private static bool IsVersionOrPrefix(string segment) =>
        string.Equals(segment, "api", StringComparison.OrdinalIgnoreCase)
        || (segment.Length <= 4 && (segment[0] is 'v' or 'V') && segment[1..].All(char.IsAsciiDigit) && segment.Length > 1);

    private static string PathWords(string path) =>
        string.Join(' ', path.Split('/').Where(s => s.Length > 0 && !s.StartsWith('{') && !s.StartsWith(':')));

    private static Feature? Best(List<string> stems, IReadOnlyList<Feature> features)
    {
        if (stems.Count == 0)
        {
            return null;
        }

        Feature? best = null;
        var bestScore = MinScore - 1;
        foreach (var feature in features)
        {
            var score = (2 * Words.Overlap(stems, feature.TitleStems)) + Words.Overlap(stems, feature.CriteriaStems);
            if (score > bestScore)
            {
                best = feature;
                bestScore = score;
            }
        }

        return best;
    }
}
