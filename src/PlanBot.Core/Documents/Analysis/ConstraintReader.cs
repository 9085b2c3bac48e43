using System.Text.RegularExpressions;

namespace PlanBot.Core.Documents.Analysis;

/// <summary>
/// Finds where a document excludes something, as spans of its source: the words after "do not use", "must not
/// require", "without", "no … in v1", "avoid", ", not …", or before "is out of scope", "is not required", to the end
/// of the clause. A mention inside such a span is not a use of that system. English and Portuguese cues; line by line and
/// sentence by sentence, so one negation never reaches past its sentence.
/// </summary>
internal static partial class ConstraintReader
{
    /// <summary>Each excluded span (start, length) and the sentence (start, length) it belongs to.</summary>
    public static IEnumerable<(int Start, int Length, int SentenceStart, int SentenceLength)> Spans(string source)
    {
        foreach (Match sentence in Sentence().Matches(source))
        {
            var text = sentence.Value;
            foreach (Match forward in Forward().Matches(text))
            {
                var start = forward.Index + forward.Length;
                var end = ClauseEnd(text, start);
                if (end > start)
                {
                    yield return (sentence.Index + start, end - start, sentence.Index, sentence.Length);
                }
            }

            foreach (Match backward in Backward().Matches(text))
            {
                var start = ClauseStart(text, backward.Index);
                if (backward.Index > start)
                {
                    yield return (sentence.Index + start, backward.Index - start, sentence.Index, sentence.Length);
                }
            }
        }
    }

    /// <summary>The source with every excluded span blanked (same length, same lines), so a scan of it finds only the mentions that are uses.</summary>
    public static string Blank(string source, IEnumerable<(int Start, int Length)> spans)
    {
        var chars = source.ToCharArray();
        foreach (var (start, length) in spans)
        {
            for (var i = start; i < start + length; i++)
            {
                if (chars[i] is not ('\n' or '\r'))
                {
                    chars[i] = ' ';
                }
            }
        }

        return new string(chars);
    }

    private static int ClauseEnd(string text, int from)
    {
        var end = text.AsSpan(from).IndexOfAny(ClauseBreaks);
        var stop = end < 0 ? text.Length : from + end;
        var but = ContrastAfter().Match(text, from, stop - from);
        return but.Success ? but.Index : stop;
    }

    private static int ClauseStart(string text, int before)
    {
        var start = text.AsSpan(0, before).LastIndexOfAny(ClauseBreaks);
        return start < 0 ? 0 : start + 1;
    }

    private static readonly System.Buffers.SearchValues<char> ClauseBreaks = System.Buffers.SearchValues.Create(".;:|\n");

    // A sentence: up to a full stop, question or exclamation mark followed by a blank, or the end of the line.
    [GeneratedRegex(@"[^\n]*?(?:[.!?](?=\s)|$)", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex Sentence();

    [GeneratedRegex(
        @"\b(?:(?:do|does|must|should|shall|will|can|may)\s+not|don'?t|doesn'?t|mustn'?t|shouldn'?t|won'?t|never|cannot)\s+(?:be\s+)?(?:use|used|using|require|required|introduce|add|depend\s+on|rely\s+on|need|run|ship|bundle|pull\s+in)\b|\bavoid(?:s|ing)?\b|\bwithout\b|\bnot\s+(?:using|requiring|via|through|on)\b|,\s*not\b|(?:^|\|)\s*(?:[-*+]\s+|\d+\.\s+)?(?:\*\*)?no\s|\bnão\s+(?:deve(?:m)?\s+)?(?:usar|utilizar|depender\s+de|requer(?:er)?)\b|\bsem\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Forward();

    [GeneratedRegex(
        @"\b(?:is|are)\s+(?:out\s+of\s+scope|not\s+(?:used|required|needed|in\s+scope|part\s+of)|excluded|a\s+non-goal|non-goals)\b|\b(?:está|estão)\s+fora\s+do\s+escopo\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Backward();

    // "do not use Redis, but Valkey": what comes after the contrast is not excluded.
    [GeneratedRegex(@",?\s+\b(?:but|instead|rather|use|prefer|mas|porém)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ContrastAfter();
}
