using System.Text.RegularExpressions;

namespace PlanBot.Core.Documents.Analysis;

/// <summary>
/// Finds the lines that say what to build: those that name concrete pieces — inline code in prose, lists and tables
/// (<c>`taxEngine.js`</c>), and in code blocks the names a reader recognises as code (<c>calculatePaye(</c>,
/// <c>TaxBracket</c>, <c>AIDS_LEVY_RATE</c>, <c>payroll_runs</c>, <c>lib/tax.go</c>) — and the statements of prose, lists
/// and tables that name none ("Worker engine with retry, backoff, and dead-letter queue"). Read line by line from the
/// source, so that every line keeps its number.
/// </summary>
internal static partial class PieceReader
{
    private const int MinText = 8;
    private const int MaxText = 160;
    private const int MinStatementWords = 3;

    // Words that look like calls in a line of code but are the language's own.
    private static readonly HashSet<string> Keywords = new(StringComparer.Ordinal)
    {
        "if", "for", "while", "switch", "return", "func", "function", "catch", "sizeof", "typeof", "await", "select", "insert", "values", "print", "echo",
    };

    private static readonly HashSet<string> Flags = new(StringComparer.OrdinalIgnoreCase) { "yes", "no", "none", "n/a", "tbd", "optional", "required", "true", "false", "✓", "✗" };

    public static ValueList<DocumentPiece> Read(string source)
    {
        var pieces = new List<DocumentPiece>();
        char? fence = null;
        var lines = source.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            var trimmed = line.TrimStart();
            if (IsFence(trimmed))
            {
                fence = fence is null ? trimmed[0] : fence == trimmed[0] ? null : fence;
                continue;
            }

            if (fence is null && Heading().IsMatch(line))
            {
                continue;
            }

            var code = fence is not null;

            // A table's header names its columns ("Metric | Target | Measurement"): its rows say something, it does not.
            if (!code && trimmed.StartsWith('|') && i + 1 < lines.Length && Separator().IsMatch(lines[i + 1]))
            {
                continue;
            }

            var start = i;
            if (!code && trimmed.Length > 0 && !trimmed.StartsWith('|') && !trimmed.StartsWith('>'))
            {
                // The rest of the sentence is on the lines below (a paragraph's next lines, a list item's indented
                // ones): a task quotes it whole, never cut at the end of a line.
                var item = ListMark().IsMatch(trimmed);
                while (i + 1 < lines.Length && Continues(lines[i + 1], item))
                {
                    line += " " + lines[++i].Trim();
                }
            }

            // A row of a drawing of boxes side by side holds a word of each box: no line of the TRD says that.
            if (code && Columns().IsMatch(line))
            {
                continue;
            }

            var names = code ? CodeNames(line) : Spans(line);
            var text = code ? CodeText(line) : PlainText(line);
            // In a code block, only a step of a drawn flow ("├── Add motor vehicle benefit (based on engine category)")
            // says something without a name in code; the rest is code.
            if ((names.Count == 0 && ((code && !Step().IsMatch(line)) || Word().Count(text) < MinStatementWords)) || text.Length < MinText || !Says(text, names))
            {
                continue;
            }

            pieces.Add(new DocumentPiece(Shorten(text, names.Count > 0 ? names[0] : null), names.ToValueList(), code, start + 1));
        }

        return pieces.ToValueList();
    }

    private static bool IsFence(string trimmed) => trimmed.StartsWith("```", StringComparison.Ordinal) || trimmed.StartsWith("~~~", StringComparison.Ordinal);

    /// <summary>Whether <paramref name="next"/> goes on with the line above: prose, indented under a list item.</summary>
    private static bool Continues(string next, bool item)
    {
        var trimmed = next.Trim();
        return trimmed.Length > 0
            && (!item || char.IsWhiteSpace(next[0]))
            && !IsFence(trimmed)
            && !trimmed.StartsWith('|') && !trimmed.StartsWith('>') && !Heading().IsMatch(next) && !ListMark().IsMatch(trimmed);
    }

    /// <summary>
    /// Whether the line says something beyond listing names: a word that is not one of them, and neither the middle of a
    /// list that goes on to the next line ("grossPay, taxableIncome,") nor the lead-in to one ("The sidecar exposes one endpoint:").
    /// </summary>
    private static bool Says(string text, List<string> names)
    {
        if (text.EndsWith(',') || text.EndsWith(':') || text.StartsWith("</", StringComparison.Ordinal) || text[0] is '→' or '=' or '+' or '-' or '|' or '}' or ')' or ']')
        {
            return false;
        }

        var rest = names.Aggregate(text, (t, n) => t.Replace(n, " ", StringComparison.Ordinal));
        return Word().IsMatch(rest);
    }

    /// <summary>The code spans of a line of prose: <c>`splitUsdPercent`</c>, not a lone character or a number.</summary>
    private static List<string> Spans(string line) =>
        Span().Matches(line).Select(m => m.Groups["code"].Value.Trim()).Where(s => s.Length >= 2 && !s.All(c => char.IsDigit(c) || c is '.' or ',' or '%')).Distinct(StringComparer.Ordinal).ToList();

    private static List<string> CodeNames(string line)
    {
        var comment = line.IndexOf("//", StringComparison.Ordinal);
        var code = comment >= 0 && !line.Contains("://", StringComparison.Ordinal) ? line[..comment] : line;
        return CodeName().Matches(code)
            .Select(m => m.Value.TrimEnd('('))
            .Where(n => n.Length >= 3 && !Keywords.Contains(n.ToLowerInvariant()))
            .Distinct(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>A line of code without the tree drawing and list marks around it: "├── 5. Calculate AIDS Levy" → "Calculate AIDS Levy".</summary>
    private static string CodeText(string line) =>
        Spaces().Replace(ListMark().Replace(Drawing().Replace(line, " ").Trim(), string.Empty), " ").Trim();

    /// <summary>A line of prose without its list mark; a table row as its cells joined by dashes.</summary>
    private static string PlainText(string line)
    {
        var trimmed = line.Trim();
        if (trimmed.StartsWith('|'))
        {
            var cells = trimmed.Trim('|').Split('|').Select(c => c.Trim()).Where(c => c.Length > 0).ToList();
            return cells.All(c => c.All(ch => ch is '-' or ':' or ' ')) ? string.Empty : string.Join(" — ", cells.Where((c, i) => i == 0 || !IsFlag(c)));
        }

        return Spaces().Replace(Emphasis().Replace(ListMark().Replace(trimmed.TrimStart('>', ' '), string.Empty), string.Empty), " ").Trim();
    }

    /// <summary>A cell that only marks or counts ("Yes", "—", "409"): in a quoted row it reads as noise.</summary>
    private static bool IsFlag(string cell) =>
        !cell.Any(char.IsLetter) || Flags.Contains(cell.Trim('*', '_', ' '));

    /// <summary>
    /// A line a task can quote: whole when short, else the sentence that holds the first name (the first sentence of a
    /// statement), else cut at a word.
    /// </summary>
    private static string Shorten(string text, string? name)
    {
        if (text.Length <= MaxText)
        {
            return text;
        }

        var sentence = Sentence().Matches(text).Select(m => m.Value.Trim()).FirstOrDefault(s => name is null || s.Contains(name, StringComparison.Ordinal));
        if (sentence is { Length: > 0 and <= MaxText })
        {
            return sentence;
        }

        var cut = text.LastIndexOf(' ', MaxText);
        return text[..(cut > MinText ? cut : MaxText)].TrimEnd(',', ';', ':', ' ') + "…";
    }

    [GeneratedRegex(@"^\s{0,3}#{1,6}\s")]
    private static partial Regex Heading();

    [GeneratedRegex(@"`(?<code>[^`\n]+)`")]
    private static partial Regex Span();

    // camelCase and PascalCase compounds, UPPER_SNAKE and snake_case, paths and files with an extension, calls.
    [GeneratedRegex(@"(?:[\w.-]*/)+[\w.-]+\.[A-Za-z]{1,5}\b|\b\w+\.(?:js|ts|tsx|jsx|go|py|cs|rs|java|kt|swift|rb|php|sql|ya?ml|json|toml|proto|sh)\b|\b[a-z][a-z0-9]*(?:[A-Z][a-z0-9]*)+\b|\b[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]*)+\b|\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\b|\b[a-z][a-z0-9]*(?:_[a-z0-9]+)+\b|\b[A-Za-z_]\w{2,}\(")]
    private static partial Regex CodeName();

    [GeneratedRegex(@"[│├└┌┐┘┬┴┼─┤╰╭╮╯═║]+")]
    private static partial Regex Drawing();

    [GeneratedRegex(@"^(?:[-*+]\s+|\d+[.)]\s+|[a-zA-Z][.)]\s+)+")]
    private static partial Regex ListMark();

    // Text, then a box's side, then more text: "│  ├─Dashboard   │  ├─companyContext │". A tree's branches ("├── 5.
    // Calculate") and a box's two sides around one text ("│ Rails app │") are not columns.
    [GeneratedRegex(@"[^\s│├└┌┐┘┬┴┼─┤╰╭╮╯═║][^│├┤┼║┌┐└┘]*[│├┤┼║┌┐└┘][^\p{L}]*\p{L}")]
    private static partial Regex Columns();

    [GeneratedRegex(@"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$")]
    private static partial Regex Separator();

    [GeneratedRegex(@"^[\s│]*[├└]─*\s*\p{L}")]
    private static partial Regex Step();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"\*\*|__")]
    private static partial Regex Emphasis();

    [GeneratedRegex(@"\p{L}{3,}")]
    private static partial Regex Word();

    // A sentence ends at a stop followed by a space, with the quotes or brackets that close on it ("… is ready."
    // Triggered …); a stop inside a word ("messages.create") does not end it.
    [GeneratedRegex(@"(?:[^.!?]|[.!?](?![""”’')\]]*(?:\s|$)))+(?:[.!?][""”’')\]]*(?=\s|$)|$)")]
    private static partial Regex Sentence();
}
