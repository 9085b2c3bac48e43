using PlanBot.Core.Text;

namespace PlanBot.Core.Planning.Inputs;

/// <summary>
/// Which entries of a list have a stem that is <see cref="Words.Same"/> as a given stem, without comparing the stem
/// with every entry: linking each endpoint to the features by scanning all features is quadratic in document size.
/// Same stems are equal, or both at least <see cref="Words.MinPrefix"/> long with one a prefix of the other, so they
/// then share their first <see cref="Words.MinPrefix"/> characters: shorter stems are keyed whole, longer ones by
/// that prefix and checked with <see cref="Words.Same"/>.
/// </summary>
internal sealed class StemIndex
{
    private readonly Dictionary<string, List<int>> whole = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<(int Entry, string Stem)>> byPrefix = new(StringComparer.Ordinal);

    public StemIndex(IReadOnlyList<IReadOnlyList<string>> stemsOfEntries)
    {
        for (var entry = 0; entry < stemsOfEntries.Count; entry++)
        {
            foreach (var stem in stemsOfEntries[entry])
            {
                if (stem.Length < Words.MinPrefix)
                {
                    Bucket(whole, stem).Add(entry);
                }
                else
                {
                    Bucket(byPrefix, stem[..Words.MinPrefix]).Add((entry, stem));
                }
            }
        }
    }

    /// <summary>Adds the entries with a stem the same as <paramref name="stem"/> to <paramref name="entries"/> (each once).</summary>
    public void Matching(string stem, HashSet<int> entries)
    {
        if (stem.Length < Words.MinPrefix)
        {
            if (whole.TryGetValue(stem, out var exact))
            {
                entries.UnionWith(exact);
            }

            return;
        }

        if (byPrefix.TryGetValue(stem[..Words.MinPrefix], out var candidates))
        {
            foreach (var (entry, other) in candidates)
            {
                if (Words.Same(stem, other))
                {
                    entries.Add(entry);
                }
            }
        }
    }

    private static List<T> Bucket<T>(Dictionary<string, List<T>> map, string key)
    {
        if (!map.TryGetValue(key, out var list))
        {
            list = [];
            map[key] = list;
        }

        return list;
    }
}
