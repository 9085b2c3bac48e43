using System.Globalization;
using System.Text.RegularExpressions;

namespace PlanBot.Core.Planning.Writing;

/// <summary>Small English phrasing helpers, culture-invariant so the plan is the same bytes everywhere.</summary>
internal static partial class Prose
{
    /// <summary>"A", "A and B", "A, B and C".</summary>
    public static string Join(IEnumerable<string> items)
    {
        var list = items.Where(i => !string.IsNullOrWhiteSpace(i)).ToList();
        return list.Count switch
        {
            0 => string.Empty,
            1 => list[0],
            _ => string.Join(", ", list.Take(list.Count - 1)) + " and " + list[^1],
        };
    }

    /// <summary>At most <paramref name="max"/> items, then "and N more".</summary>
    public static string JoinSome(IEnumerable<string> items, int max)
    {
        var list = items.Where(i => !string.IsNullOrWhiteSpace(i)).ToList();
        return list.Count <= max ? Join(list) : string.Join(", ", list.Take(max)) + " and " + Number(list.Count - max) + " more";
    }

    /// <summary>
    /// "A, B, C (+2 more)": for titles whose items may themselves contain "and"; "A; B, C; D" when an item contains a
    /// comma, so each item stays one.
    /// </summary>
    public static string List(IReadOnlyList<string> items, int max)
    {
        var separator = items.Take(max).Any(i => i.Contains(',', StringComparison.Ordinal)) ? "; " : ", ";
        return items.Count <= max ? string.Join(separator, items) : string.Join(separator, items.Take(max)) + " (+" + Number(items.Count - max) + " more)";
    }

    /// <summary>The text with its first letter upper-cased: an answer shown as a bullet of its own.</summary>
    public static string Sentence(string text) =>
        text.Length > 0 && char.IsLower(text[0]) ? char.ToUpperInvariant(text[0]) + text[1..] : text;

    /// <summary>
    /// Requirement ids with consecutive runs shortened ("FR-001–FR-004, FR-006"), so a phase goal stays readable
    /// when the PRD has a hundred requirements.
    /// </summary>
    public static string Ids(IEnumerable<string> ids, int max = 12)
    {
        var runs = new List<string>();
        var list = ids.ToList();
        var i = 0;
        while (i < list.Count)
        {
            var j = i;
            while (j + 1 < list.Count && Follows(list[j], list[j + 1]))
            {
                j++;
            }

            runs.Add(j - i >= 2 ? $"{list[i]}–{list[j]}" : list[i]);
            if (j - i == 1)
            {
                runs.Add(list[j]);
            }

            i = j + 1;
        }

        return JoinSome(runs, max);
    }

    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Hours(decimal value) => decimal.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);

    public static string Thousands(int value) => value.ToString("#,0", CultureInfo.InvariantCulture);

    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Count(int count, string noun, string? plural = null) =>
        Number(count) + " " + (count == 1 ? noun : plural ?? noun + "s");

    /// <summary>One line, collapsed spaces, at most <paramref name="max"/> characters (cut on a word with "…").</summary>
    public static string Short(string? text, int max)
    {
        var source = text ?? string.Empty;
        var line = (IsCollapsed(source) ? source : Spaces().Replace(source, " ")).Trim();
        if (line.Length <= max)
        {
            return line;
        }

        var cut = line.LastIndexOf(' ', max - 1);
        return string.Concat(line[..(cut > max / 2 ? cut : max - 1)].TrimEnd(',', ';', ':', ' '), "…");
    }

    /// <summary>The text with its first letter lower-cased, to continue a sentence ("Tasks: implement …").</summary>
    public static string Lower(string text) =>
        text.Length > 1 && char.IsUpper(text[0]) && !char.IsUpper(text[1]) ? char.ToLowerInvariant(text[0]) + text[1..] : text;

    /// <summary>
    /// Whether collapsing whitespace would change nothing (its only blanks are single spaces): most texts, which then
    /// skip the regex that would replace every space with a space. Regex <c>\s</c> is <see cref="char.IsWhiteSpace(char)"/>.
    /// </summary>
    private static bool IsCollapsed(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsWhiteSpace(text[i]) && (text[i] != ' ' || (i > 0 && text[i - 1] == ' ')))
            {
                return false;
            }
        }

        return true;
    }

    private static bool Follows(string a, string b) =>
        TrySplitNumber(a, out var prefixA, out var numberA)
        && TrySplitNumber(b, out var prefixB, out var numberB)
        && prefixA.SequenceEqual(prefixB)
        && numberA.Length == numberB.Length
        && long.TryParse(numberA, NumberStyles.None, CultureInfo.InvariantCulture, out var m)
        && long.TryParse(numberB, NumberStyles.None, CultureInfo.InvariantCulture, out var n)
        && n == m + 1;

    /// <summary>
    /// An id as the text before its number and the number: up to nine trailing digits (<c>FR-012</c> → <c>FR-</c>, <c>012</c>).
    /// Read in place, since this runs for every neighbouring pair of ids in every phase goal.
    /// </summary>
    private static bool TrySplitNumber(string id, out ReadOnlySpan<char> prefix, out ReadOnlySpan<char> number)
    {
        var text = id.AsSpan();
        var digits = text.Length - 1 - text.LastIndexOfAnyExceptInRange('0', '9');
        var length = Math.Min(digits, 9);
        prefix = text[..^length];
        number = text[^length..];
        return length > 0 && !prefix.Contains('\n');
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
