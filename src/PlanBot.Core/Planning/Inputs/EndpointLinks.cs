using PlanBot.Core.Documents;
using PlanBot.Core.Text;

namespace PlanBot.Core.Planning.Inputs;

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
        var titles = new StemIndex(features.Select(f => f.TitleStems).ToList());
        var criteria = new StemIndex(features.Select(f => f.CriteriaStems).ToList());

        // Group positions by resource, so finding an endpoint's group is a lookup rather than a scan of the groups.
        var groupOf = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);

        // Scoring tables shared by every endpoint (cleared for each): a large TRD lists hundreds of endpoints.
        var scores = new Dictionary<int, int>();
        var matched = new HashSet<int>();
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

            // A path of parameters only ("/{code}") is named by its parameters: "Redirect a code" builds it.
            var words = PathWords(endpoint.Value.Path);
            var stems = Words.Stems(words.Length > 0 ? words : ParameterWords(endpoint.Value.Path)).Where(s => !Words.Has(productStems, s)).ToList();
            var best = Best(stems, features, titles, criteria, scores, matched);
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

            if (!groupOf.TryGetValue(resource, out var group))
            {
                groupOf[resource] = links.Groups.Count;
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

    private static string ParameterWords(string path) =>
        string.Join(' ', path.Split('/').Where(s => s.StartsWith('{') || s.StartsWith(':')).Select(s => s.Trim('{', '}', ':')));

    /// <summary>
    /// The feature scoring highest (two per stem in its title, one per stem in its criteria), at least
    /// <see cref="MinScore"/>; the first such feature on a tie. Only features sharing a stem are scored: the others score 0.
    /// </summary>
    private static Feature? Best(
        List<string> stems, IReadOnlyList<Feature> features, StemIndex titles, StemIndex criteria, Dictionary<int, int> scores, HashSet<int> matched)
    {
        if (stems.Count == 0)
        {
            return null;
        }

        scores.Clear();
        foreach (var stem in stems)
        {
            Score(titles, stem, 2);
            Score(criteria, stem, 1);
        }

        var best = -1;
        var bestScore = MinScore - 1;
        foreach (var (feature, score) in scores)
        {
            if (score > bestScore || (score == bestScore && best >= 0 && feature < best))
            {
                best = feature;
                bestScore = score;
            }
        }

        return best < 0 ? null : features[best];

        void Score(StemIndex index, string stem, int weight)
        {
            matched.Clear();
            index.Matching(stem, matched);
            foreach (var feature in matched)
            {
                scores[feature] = scores.GetValueOrDefault(feature) + weight;
            }
        }
    }
}
