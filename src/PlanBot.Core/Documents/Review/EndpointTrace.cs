namespace PlanBot.Core.Documents.Review;

/// <summary>
/// Whether an endpoint of the TRD serves a requirement: a requirement (of either document) names its path or one
/// of its resources ("statements" in <c>/v1/statements/{id}</c>, singular or plural, or as the start of a longer
/// word: "auth" in "authentication"), or the TRD section it is written in names a PRD requirement id. Operational endpoints (health, readiness, metrics…) serve the platform,
/// not a requirement, and always count as traced. Lenient on purpose: the finding is information, and a false
/// "not traced" costs the reader more than a missed one.
/// </summary>
internal sealed class EndpointTrace
{
    private const int MinWordLength = 3;
    private const int MinPrefixLength = 4;

    private static readonly HashSet<string> Operational = new(StringComparer.OrdinalIgnoreCase)
    {
        "health", "healthz", "ready", "readyz", "readiness", "live", "livez", "liveness", "metrics", "version", "ping",
    };

    private static readonly HashSet<string> NotResources = new(StringComparer.OrdinalIgnoreCase) { "api", "apis", "rest", "internal", "public" };

    private readonly List<string> texts = [];
    private readonly string[] stems;
    private readonly HashSet<string> prdIds;
    private readonly ValueList<DocumentSection> trdSections;

    public EndpointTrace(DocumentSet documents)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var requirement in documents.Prd.Requirements.Concat(documents.Trd.Requirements))
        {
            foreach (var text in requirement.AcceptanceCriteria.Prepend(requirement.Title))
            {
                var lower = text.ToLowerInvariant();
                texts.Add(lower);
                words.UnionWith(Words(lower).Select(Stem));
            }
        }

        // Sorted, so a prefix is found by binary search: the check stays cheap for a large PRD.
        stems = [.. words.Order(StringComparer.Ordinal)];

        prdIds = documents.Prd.Requirements.Select(r => r.Id).OfType<string>().ToHashSet(StringComparer.OrdinalIgnoreCase);
        trdSections = documents.Trd.Sections;
    }

    public bool IsTraced(ApiEndpoint endpoint)
    {
        var path = endpoint.Path.Split('?', '#')[0].ToLowerInvariant();
        var resources = path.Split('/').Where(IsResource).ToList();
        if (resources.Count > 0 && resources.All(Operational.Contains))
        {
            return true;
        }

        return texts.Any(text => text.Contains(path, StringComparison.Ordinal))
            || resources.SelectMany(Words).Any(word => word.Length >= MinWordLength && Named(Stem(word)))
            || SectionNamesRequirement(endpoint.Line);
    }

    // The stem itself, or (for stems long enough not to match by accident) a word that starts with it.
    private bool Named(string stem)
    {
        var index = Array.BinarySearch(stems, stem, StringComparer.Ordinal);
        if (index >= 0)
        {
            return true;
        }

        var next = ~index;
        return stem.Length >= MinPrefixLength && next < stems.Length && stems[next].StartsWith(stem, StringComparison.Ordinal);
    }

    private bool SectionNamesRequirement(int line)
    {
        var section = trdSections.LastOrDefault(s => s.Line <= line);
        return section is not null && section.Title.Split([' ', '\t', '(', ')', '[', ']', ',', ':', ';', '/', '|', '`', '*'], StringSplitOptions.RemoveEmptyEntries).Any(prdIds.Contains);
    }

    // Segments that name things, not parameters ({id}, :id, [id], 42), versions (v1, v2.1) or the API prefix.
    private static bool IsResource(string segment) =>
        segment.Length > 0
        && segment[0] is not ('{' or ':' or '[' or '<' or '*')
        && !segment.All(char.IsAsciiDigit)
        && !(segment[0] == 'v' && segment.Length > 1 && segment[1..].All(c => char.IsAsciiDigit(c) || c == '.'))
        && !NotResources.Contains(segment);

    private static IEnumerable<string> Words(string text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                yield return text[start..i];
                start = -1;
            }
        }
    }

    // "statements" and "statement", "matches" and "match", "entries" and "entry" meet at the same stem.
    private static string Stem(string word)
    {
        if (word.Length > 4 && word.EndsWith("ies", StringComparison.Ordinal))
        {
            return word[..^3] + "y";
        }

        if (word.Length > 4 && word.EndsWith("es", StringComparison.Ordinal) && word[^3] is 's' or 'x' or 'h')
        {
            return word[..^2];
        }

        return word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) ? word[..^1] : word;
    }
}
