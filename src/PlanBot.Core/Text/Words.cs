namespace PlanBot.Core.Text;

/// <summary>
/// Word stems used to link items of the documents to each other (an endpoint to the requirement it serves, a risk to
/// the week that mitigates it). Deliberately simple: lower-case, split on anything that is not a letter or digit,
/// drop short and common words, strip English plural and -ing endings. Chinese and Japanese ideographs are written
/// without spaces, so a run of them is read as its overlapping pairs (预算卡片 → 预算, 算卡, 卡片): the pair is the
/// smallest unit that is mostly a word.
/// </summary>
internal static class Words
{
    private const int MinLength = 3;
    public const int MinPrefix = 5;

    private static readonly HashSet<string> Common = new(StringComparer.Ordinal)
    {
        "the", "and", "with", "for", "from", "into", "per", "all", "any", "via", "of", "new", "api", "apis", "get", "set",
        "list", "data", "when", "that", "this", "are", "can", "its", "not", "one", "each", "every", "must", "should",
        "will", "use", "using", "user", "users", "system", "service", "support", "allow", "allows", "able", "http", "https",
        "version", "json", "request", "response", "endpoint", "endpoints", "feature", "features", "management", "manage",
        "para", "com", "dos", "das", "uma", "que",
    };

    private const int MaxStackWord = 128;

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> CommonLookup = Common.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The distinct stems of <paramref name="text"/>, in order of appearance.</summary>
    public static IReadOnlyList<string> Stems(string? text)
    {
        var stems = new List<string>();
        if (string.IsNullOrEmpty(text))
        {
            return stems;
        }

        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var letter = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (start >= 0 && (!letter || IsIdeograph(text[i]) != IsIdeograph(text[start])))
            {
                if (IsIdeograph(text[start]))
                {
                    Pairs(stems, text.AsSpan(start, i - start));
                }
                else
                {
                    Add(stems, text.AsSpan(start, i - start));
                }

                start = -1;
            }

            if (letter && start < 0)
            {
                start = i;
            }
        }

        return stems;
    }

    private static bool IsIdeograph(char c) => c is (>= '\u4E00' and <= '\u9FFF') or (>= '\u3400' and <= '\u4DBF') or (>= '\uF900' and <= '\uFAFF');

    private static void Pairs(List<string> stems, ReadOnlySpan<char> run)
    {
        for (var i = 0; i + 1 < run.Length; i++)
        {
            var pair = run.Slice(i, 2).ToString();
            if (!stems.Contains(pair, StringComparer.Ordinal))
            {
                stems.Add(pair);
            }
        }
    }

    /// <summary>
    /// Which of several candidates a text that names none of them is about: the index of the one sharing the most stems
    /// with it (<paramref name="shared"/>, one count per candidate), at least two, when no other shares as many; -1 when
    /// none stands out, so the text is linked only where it clearly points.
    /// </summary>
    public static int MostShared(IReadOnlyList<int> shared)
    {
        const int AtLeast = 2;
        var best = -1;
        var tie = false;
        for (var i = 0; i < shared.Count; i++)
        {
            if (shared[i] < AtLeast || (best >= 0 && shared[i] < shared[best]))
            {
                continue;
            }

            tie = best >= 0 && shared[i] == shared[best];
            best = tie ? best : i;
        }

        return tie ? -1 : best;
    }

    /// <summary>How many stems of <paramref name="a"/> match a stem of <paramref name="b"/>.</summary>
    public static int Overlap(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        // Index loops, not Count(Any(…)) or foreach: this compares every risk with every work item, and each lambda was a
        // closure per stem, each foreach over the interface a boxed enumerator.
        var count = 0;
        for (var i = 0; i < a.Count; i++)
        {
            if (Has(b, a[i]))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>Whether <paramref name="stems"/> holds a stem <see cref="Same"/> as <paramref name="stem"/>.</summary>
    public static bool Has(IReadOnlyList<string> stems, string stem)
    {
        for (var i = 0; i < stems.Count; i++)
        {
            if (Same(stem, stems[i]))
            {
                return true;
            }
        }

        return false;
    }

    public static bool Same(string a, string b)
    {
        if (string.Equals(a, b, StringComparison.Ordinal))
        {
            return true;
        }

        var (shorter, longer) = a.Length <= b.Length ? (a, b) : (b, a);
        return shorter.Length >= MinPrefix && longer.StartsWith(shorter, StringComparison.Ordinal);
    }

    private static void Add(List<string> stems, ReadOnlySpan<char> word)
    {
        if (word.Length < MinLength)
        {
            return;
        }

        // Lower-cased into a buffer and tested as a span: a common word, a number or a version costs no string at all.
        var lower = word.Length <= MaxStackWord ? stackalloc char[word.Length] : new char[word.Length];
        word.ToLowerInvariant(lower);
        if (CommonLookup.Contains(lower) || AllDigits(lower) || IsVersion(lower))
        {
            return;
        }

        var stem = Stem(lower.ToString());
        if (!stems.Contains(stem, StringComparer.Ordinal))
        {
            stems.Add(stem);
        }
    }

    private static bool IsVersion(ReadOnlySpan<char> word) => word.Length <= 3 && word[0] == 'v' && AllDigits(word[1..]);

    // A loop over the span: All(char.IsDigit) on a string boxes a character enumerator for every word.
    private static bool AllDigits(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!char.IsDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static string Stem(string word)
    {
        var stem = word switch
        {
            _ when word.EndsWith("ies", StringComparison.Ordinal) && word.Length > 4 => word[..^3] + "y",
            _ when word.EndsWith("sses", StringComparison.Ordinal) => word[..^2],
            _ when word.Length > 4 && (word.EndsWith("ches", StringComparison.Ordinal) || word.EndsWith("shes", StringComparison.Ordinal) || word.EndsWith("xes", StringComparison.Ordinal)) => word[..^2],
            _ when word.Length > 3 && word[^1] == 's' && word[^2] is not ('s' or 'u' or 'i') => word[..^1],
            _ => word,
        };
        return stem.Length > 5 && stem.EndsWith("ing", StringComparison.Ordinal) ? stem[..^3] : stem;
    }
}
