namespace PlanBot.Core.Documents.Analysis;

/// <summary>
/// Ordered rules of phrases, matched as whole words in folded text (CJK phrases anywhere, having no spaces to bound
/// them): <see cref="Find"/> returns the value of the first rule with a phrase in the text. Indexed by first word, so a
/// lookup costs one pass over the text's words rather than one search per phrase.
/// </summary>
internal sealed class PhraseSet<T>
{
    private readonly T[] values;
    private readonly Dictionary<string, List<(string[] Words, int Rule)>> byFirstWord = new(StringComparer.Ordinal);
    private readonly List<(string Phrase, int Rule)> cjk = [];

    public PhraseSet(IReadOnlyList<(T Value, string[] Phrases)> rules)
    {
        values = rules.Select(r => r.Value).ToArray();
        for (var rule = 0; rule < rules.Count; rule++)
        {
            foreach (var phrase in rules[rule].Phrases)
            {
                if (phrase.Any(IsCjk))
                {
                    cjk.Add((phrase, rule));
                    continue;
                }

                var words = Tokens(phrase).ToArray();
                if (!byFirstWord.TryGetValue(words[0], out var list))
                {
                    byFirstWord[words[0]] = list = [];
                }

                list.Add((words, rule));
            }
        }
    }

    /// <summary>The value of the first rule with a phrase in <paramref name="text"/>; false when none has.</summary>
    public bool TryFind(string text, out T value)
    {
        var folded = Folding.Fold(text);
        var words = Tokens(folded);
        var best = int.MaxValue;
        for (var i = 0; i < words.Count; i++)
        {
            if (!byFirstWord.TryGetValue(words[i], out var candidates))
            {
                continue;
            }

            foreach (var (phrase, rule) in candidates)
            {
                if (rule < best && Matches(words, i, phrase))
                {
                    best = rule;
                }
            }
        }

        foreach (var (phrase, rule) in cjk)
        {
            if (rule < best && folded.Contains(phrase, StringComparison.Ordinal))
            {
                best = rule;
            }
        }

        value = best == int.MaxValue ? default! : values[best];
        return best != int.MaxValue;
    }

    private static bool Matches(List<string> words, int at, string[] phrase)
    {
        if (at + phrase.Length > words.Count)
        {
            return false;
        }

        for (var j = 1; j < phrase.Length; j++)
        {
            if (!string.Equals(words[at + j], phrase[j], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Runs of letters, digits and hyphens of folded text: the words phrases are made of.</summary>
    private static List<string> Tokens(string folded)
    {
        var tokens = new List<string>();
        var start = -1;
        for (var i = 0; i <= folded.Length; i++)
        {
            var inWord = i < folded.Length && (char.IsLetterOrDigit(folded[i]) || folded[i] == '-');
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                tokens.Add(folded[start..i]);
                start = -1;
            }
        }

        return tokens;
    }

    private static bool IsCjk(char c) => c is >= '\u3040' and <= '\u9FFF' or >= '\uAC00' and <= '\uD7AF';
}
