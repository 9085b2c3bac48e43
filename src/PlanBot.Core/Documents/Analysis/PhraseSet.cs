using System.Buffers;

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

                var words = Words(phrase);
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
        // Every heading is classified: the folded text lives in a rented buffer and its words are ranges of it, looked up as
        // spans, instead of a folded string and a string per word on every call.
        var buffer = ArrayPool<char>.Shared.Rent(Math.Max(1, text.Length));
        var ranges = ArrayPool<(int Start, int Length)>.Shared.Rent((text.Length / 2) + 1);
        try
        {
            var folded = buffer.AsSpan(0, text.Length);
            Folding.Fold(text, folded);
            var count = Tokens(folded, ranges);
            var words = ranges.AsSpan(0, count);
            var lookup = byFirstWord.GetAlternateLookup<ReadOnlySpan<char>>();
            var best = int.MaxValue;
            for (var i = 0; i < words.Length; i++)
            {
                if (!lookup.TryGetValue(folded.Slice(words[i].Start, words[i].Length), out var candidates))
                {
                    continue;
                }

                foreach (var (phrase, rule) in candidates)
                {
                    if (rule < best && Matches(folded, words, i, phrase))
                    {
                        best = rule;
                    }
                }
            }

            // Text with no CJK character (nearly all) holds none of these phrases: one scan instead of a search per phrase.
            var hasCjk = folded.IndexOfAnyInRange('\u3040', '\u9FFF') >= 0 || folded.IndexOfAnyInRange('\uAC00', '\uD7AF') >= 0;
            foreach (var (phrase, rule) in hasCjk ? cjk : [])
            {
                if (rule < best && folded.Contains(phrase, StringComparison.Ordinal))
                {
                    best = rule;
                }
            }

            value = best == int.MaxValue ? default! : values[best];
            return best != int.MaxValue;
        }
        finally
        {
            ArrayPool<(int Start, int Length)>.Shared.Return(ranges);
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    private static bool Matches(ReadOnlySpan<char> folded, ReadOnlySpan<(int Start, int Length)> words, int at, string[] phrase)
    {
        if (at + phrase.Length > words.Length)
        {
            return false;
        }

        for (var j = 1; j < phrase.Length; j++)
        {
            var word = words[at + j];
            if (!folded.Slice(word.Start, word.Length).SequenceEqual(phrase[j]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Runs of letters, digits and hyphens of folded text (the words phrases are made of), as ranges into <paramref name="words"/>.</summary>
    private static int Tokens(ReadOnlySpan<char> folded, (int Start, int Length)[] words)
    {
        var count = 0;
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
                words[count++] = (start, i - start);
                start = -1;
            }
        }

        return count;
    }

    /// <summary>The words of a rule's phrase, as strings: the index is built of them once.</summary>
    private static string[] Words(string phrase)
    {
        var ranges = new (int Start, int Length)[(phrase.Length / 2) + 1];
        var count = Tokens(phrase, ranges);
        return ranges.Take(count).Select(range => phrase.Substring(range.Start, range.Length)).ToArray();
    }

    private static bool IsCjk(char c) => c is >= '\u3040' and <= '\u9FFF' or >= '\uAC00' and <= '\uD7AF';
}
