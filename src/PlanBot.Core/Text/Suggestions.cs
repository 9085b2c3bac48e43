namespace PlanBot.Core.Text;

/// <summary>"Did you mean …": the closest candidate by edit distance, when it is close enough to be a typo.</summary>
public static class Suggestions
{
    public static string? Closest(string input, IEnumerable<string> candidates)
    {
        var needle = input.ToLowerInvariant();
        var threshold = Math.Max(2, needle.Length / 3);
        return candidates
            .Select(candidate => (Candidate: candidate, Distance: Distance(needle, candidate.ToLowerInvariant())))
            .Where(x => x.Distance <= threshold)
            .OrderBy(x => x.Distance)
            .ThenBy(x => x.Candidate, StringComparer.Ordinal)
            .Select(x => x.Candidate)
            .FirstOrDefault();
    }

    /// <summary>Levenshtein distance with two rows; inputs are short ids and command names.</summary>
    public static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
