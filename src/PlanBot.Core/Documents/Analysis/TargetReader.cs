using System.Buffers;
using System.Text.RegularExpressions;

namespace PlanBot.Core.Documents.Analysis;

/// <summary>
/// Measurable performance targets: a latency or duration with an upper bound (<c>P99 &lt; 50ms</c>, <c>≤200 ms</c>,
/// <c>sub-10ms</c>, "under 3 seconds", "&lt; 100ms para 100MB"), a percentile with a time (<c>p95: 200ms</c>), a throughput
/// (<c>1,000 req/s</c>), an availability (<c>99.9%</c> uptime), an error rate or memory bound. A metric named without a
/// number ("p50, p95, p99") is not a target, and neither is a lower bound on time ("&gt; 45 minutes" is an alarm).
/// </summary>
internal static partial class TargetReader
{
    // A field, not an argument list: a params char[] would be a new array for every number in the prose.
    private static readonly char[] Emphasis = [' ', '*', '_', '(', '~'];

    private static readonly SearchValues<char> SentencePunctuation = SearchValues.Create(".;!?。；");

    private static readonly string[] UpperBefore =
    [
        "<", "<=", "≤", "=<", "≲", "under", "below", "less than", "within", "at most", "no more than", "not exceed", "not exceeding",
        "sub-", "sub", "max", "max.", "maximum", "target:", "budget:", "abaixo de", "menos de", "em até", "até", "inferior a",
        "no máximo", "低于", "小于", "不超过", "少于",
    ];

    private static readonly string[] FineUnits = ["ms", "µs", "μs", "us", "ns", "millis", "毫秒"];

    private static readonly string[] LowerBefore =
    [
        ">", ">=", "≥", "over", "above", "more than", "at least", "older than", "after", "every", "each", "acima de", "mais de",
    ];

    private static readonly string[] UpperAfter = [" or less", " or lower", " or below", " max", " maximum", " or under", "以内", " 以内", " no máximo"];

    // Settings rather than goals: "Lambda timeout (15 minutes max)", "if < 5 minutes remaining", "5 min tolerance".
    private static readonly string[] Settings =
    [
        "timeout", "time out", "ttl", "expiry", "expires", "retention", "remaining", "tolerance", "backoff", "cooldown",
        "debounce", "retry", "retries", "stale",
    ];

    private static readonly string[] Availability = ["uptime", "availability", "available", "disponibilidade", "disponível", "sla", "slo", "可用"];

    private static readonly string[] ErrorRate = ["error rate", "taxa de erro", "failure rate", "taxa de falha"];

    private static readonly string[] Memory = ["memory", "memória", "footprint", "ram", "heap", "内存"];

    /// <summary>The metric of the first target in <paramref name="text"/> ("latency", "throughput"…), or null when there is none.</summary>
    public static string? Metric(string text)
    {
        // Most sentences with a digit hold an id or a date, not a quantity with a unit: they are turned away before folding.
        if (!HasQuantity(text))
        {
            return null;
        }

        // Each pattern runs once, and not at all where a character it needs is missing; its first match starts the search below.
        var time = Time().Match(text);
        var throughput = MayStateThroughput(text) ? Throughput().Match(text) : Match.Empty;
        var percent = text.Contains('%', StringComparison.Ordinal) ? Percent().Match(text) : Match.Empty;
        var size = text.Contains('B', StringComparison.Ordinal) ? Size().Match(text) : Match.Empty;
        if (!(time.Success || throughput.Success || percent.Success || size.Success))
        {
            return null;
        }

        var folded = Folding.Fold(text);
        if (Settings.Any(word => folded.Contains(word, StringComparison.Ordinal)))
        {
            return null;
        }

        var best = (At: int.MaxValue, Metric: (string?)null);
        Consider(ref best, TimeTarget(time, text, folded));
        Consider(ref best, throughput.Success ? (throughput.Index, "throughput") : (-1, null));
        Consider(ref best, First(percent, folded, static (m, folded) => PercentMetric(folded, m)));
        Consider(ref best, First(size, folded, static (m, folded) => Memory.Any(folded.Contains) && IsUpperBound(folded, m) ? "memory" : null));
        return best.Metric;
    }

    /// <summary>Whether <paramref name="text"/> has what every throughput needs: a slash, "per" or "ps" (rps, tps, qps).</summary>
    private static bool MayStateThroughput(string text) =>
        text.Contains('/', StringComparison.Ordinal) || text.Contains("per", StringComparison.OrdinalIgnoreCase) || text.Contains("ps", StringComparison.OrdinalIgnoreCase);

    /// <summary>The sentences of <paramref name="prose"/> that state a target, with where each starts.</summary>
    public static IEnumerable<(string Text, int Start, string Metric)> InProse(string prose) =>
        // Tested before the iterators exist: most prose has no digit, and a target needs a number.
        HasDigit(prose) ? Targets(prose) : [];

    private static IEnumerable<(string Text, int Start, string Metric)> Targets(string prose)
    {
        // Only sentences with a quantity become strings: in prose full of ids most sentences have digits but no unit.
        foreach (var (sentence, start) in SentencesWithDigits(prose, quantitiesOnly: true))
        {
            if (Metric(sentence) is { } metric)
            {
                yield return (sentence, start, metric);
            }
        }
    }

    /// <summary>The sentences of <paramref name="prose"/> that hold a digit (a target needs a number), trimmed, with where each starts.</summary>
    public static IEnumerable<(string Text, int Start)> Sentences(string prose) => HasDigit(prose) ? SentencesWithDigits(prose, quantitiesOnly: false) : [];

    private static IEnumerable<(string Text, int Start)> SentencesWithDigits(string prose, bool quantitiesOnly)
    {
        var start = 0;
        while (start < prose.Length)
        {
            var end = SentenceEnd(prose, start);
            var raw = prose.AsSpan(start, end - start);
            var sentence = raw.Trim().TrimEnd(';').TrimEnd();
            if (!sentence.IsEmpty && sentence.IndexOfAnyInRange('0', '9') >= 0 && (!quantitiesOnly || HasQuantity(sentence)))
            {
                yield return (sentence.ToString(), start + (raw.Length - raw.TrimStart().Length));
            }

            start = end;
        }
    }

    private static int SentenceEnd(string text, int start)
    {
        for (var i = start; i < text.Length; i++)
        {
            // Jump to the next punctuation mark rather than testing every character.
            var next = text.AsSpan(i).IndexOfAny(SentencePunctuation);
            if (next < 0)
            {
                break;
            }

            i += next;
            if (text[i] is '。' or '；' || (i + 1 < text.Length && text[i + 1] == ' '))
            {
                return i + 1;
            }
        }

        return text.Length;
    }

    private static void Consider(ref (int At, string? Metric) best, (int At, string? Metric) candidate)
    {
        if (candidate.Metric is not null && candidate.At < best.At)
        {
            best = candidate;
        }
    }

    /// <summary>The first match from <paramref name="first"/> on that names a metric. The metric is a static function of the match and a state, so no closure is made per sentence.</summary>
    private static (int At, string? Metric) First<TState>(Match first, TState state, Func<Match, TState, string?> metric)
    {
        for (var match = first; match.Success; match = match.NextMatch())
        {
            if (metric(match, state) is { } found)
            {
                return (match.Index, found);
            }
        }

        return (-1, null);
    }

    private static (int At, string? Metric) TimeTarget(Match first, string text, string folded)
    {
        var percentile = first.Success && Percentile().IsMatch(text);
        return First(first, (folded, percentile), static (match, state) =>
        {
            var (folded, percentile) = state;
            var before = Before(folded, match.Index);
            if (EndsWithAny(before, LowerBefore))
            {
                return null;
            }

            var bounded = EndsWithAny(before, UpperBefore) || StartsWithAny(folded.AsSpan(match.Index + match.Length), UpperAfter);
            if (!bounded && !percentile)
            {
                return null;
            }

            var fine = IsFineUnit(match.Groups["unit"].ValueSpan);
            return fine || percentile || folded.Contains("latenc", StringComparison.Ordinal) || folded.Contains("latência", StringComparison.Ordinal)
                || folded.Contains("response time", StringComparison.Ordinal) || folded.Contains("tempo de resposta", StringComparison.Ordinal)
                ? "latency"
                : "duration";
        });
    }

    /// <summary>Whether a time unit is below a second (milliseconds and finer): such a bound is a latency.</summary>
    private static bool IsFineUnit(ReadOnlySpan<char> unit)
    {
        foreach (var fine in FineUnits)
        {
            if (unit.Equals(fine, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return unit.StartsWith("milli", StringComparison.OrdinalIgnoreCase);
    }

    private static string? PercentMetric(string folded, Match match)
    {
        if (Availability.Any(word => ContainsWord(folded, word)))
        {
            return "availability";
        }

        return ErrorRate.Any(folded.Contains) && IsUpperBound(folded, match) ? "error rate" : null;
    }

    private static bool IsUpperBound(string folded, Match match)
    {
        var before = Before(folded, match.Index);
        return EndsWithAny(before, UpperBefore);
    }

    private static bool ContainsWord(string folded, string word)
    {
        for (var at = folded.IndexOf(word, StringComparison.Ordinal); at >= 0; at = folded.IndexOf(word, at + 1, StringComparison.Ordinal))
        {
            var startOk = at == 0 || !char.IsLetter(folded[at - 1]);
            var endOk = at + word.Length >= folded.Length || !char.IsLetter(folded[at + word.Length]);
            if (startOk && endOk)
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasDigit(string text) => text.AsSpan().IndexOfAnyInRange('0', '9') >= 0;

    /// <summary>
    /// What all four quantity patterns need: a number (digits, '.', ',') followed, past at most a blank, a '+' and a blank,
    /// by a letter (a unit or "per"), '%' or '/'. One pass that turns away sentences whose only numbers are ids, dates and
    /// versions ("FR-1001:", "v2.1"), instead of four regex scans each.
    /// </summary>
    private static bool HasQuantity(ReadOnlySpan<char> text)
    {
        // char.IsDigit, not ASCII digits: the patterns' \d also matches full-width and other decimal digits.
        for (var i = 0; i < text.Length; i++)
        {
            if (!char.IsDigit(text[i]))
            {
                continue;
            }

            var number = i;
            while (number < text.Length && (char.IsDigit(text[number]) || text[number] is '.' or ','))
            {
                number++;
            }

            var end = number;
            for (var skipped = 0; skipped < 3 && end < text.Length && (char.IsWhiteSpace(text[end]) || text[end] == '+'); skipped++)
            {
                end++;
            }

            if (end < text.Length && (char.IsLetter(text[end]) || text[end] is '%' or '/'))
            {
                return true;
            }

            // The blanks skipped may precede the next number: resume right after this one.
            i = number;
        }

        return false;
    }

    private static bool StartsWithAny(ReadOnlySpan<char> text, string[] openings)
    {
        foreach (var opening in openings)
        {
            if (text.StartsWith(opening, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool EndsWithAny(ReadOnlySpan<char> text, string[] endings)
    {
        foreach (var ending in endings)
        {
            if (text.EndsWith(ending, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The 24 characters before <paramref name="index"/>, without the blanks and emphasis that separate them from it.</summary>
    private static ReadOnlySpan<char> Before(string folded, int index) => folded.AsSpan()[Math.Max(0, index - 24)..index].TrimEnd(Emphasis);

    [GeneratedRegex(
        @"(?<![\p{L}\p{N}_.,])(?<num>\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?\s?(?<unit>ms|µs|μs|us|ns|milliseconds?|millis|seconds?|secs?|s|minutes?|mins?|hours?|hrs?|h|segundos?|minutos?|horas?|毫秒|秒|分钟)(?![\p{L}\p{N}_])",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Time();

    [GeneratedRegex(
        @"(?<![\p{L}\p{N}_.,])(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?\s?[kKmM]?\+?\s?(?:(?:rps|tps|qps)\b|(?:[A-Za-z]{1,20}\s?){0,2}(?:/\s?(?:s|sec|second|min|minute)\b|per\s+(?:second|sec|minute|min)\b))",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Throughput();

    [GeneratedRegex(@"(?<![\p{L}\p{N}_.,])\d{1,3}(?:\.\d+)?\s?%", RegexOptions.CultureInvariant)]
    private static partial Regex Percent();

    [GeneratedRegex(@"(?<![\p{L}\p{N}_.,])\d+(?:\.\d+)?\s?(?:KB|MB|GB|KiB|MiB|GiB)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Size();

    [GeneratedRegex(@"(?<![\p{L}\p{N}_])[pP](?:50|75|90|95|99|999|99\.9)(?![\p{N}])", RegexOptions.CultureInvariant)]
    private static partial Regex Percentile();
}
