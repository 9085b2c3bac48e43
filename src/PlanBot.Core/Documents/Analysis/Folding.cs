using System.Text;
using System.Text.RegularExpressions;

namespace PlanBot.Core.Documents.Analysis;

/// <summary>
/// Text forms used for matching (never for display): lower-case, every dash and non-breaking hyphen
/// (U+2010–U+2015, U+2212) as <c>-</c>, non-breaking spaces as spaces; headings without numbering and emoji.
/// </summary>
internal static partial class Folding
{
    // A field, not an argument list: a params char[] would be a new array on every call.
    private static readonly char[] NameDecoration = [' ', ':', '-', '—', '–', '.', ',', '`', '*'];

    public static string Fold(string text) =>
        // One char in, one char out: written straight into the new string (labels are folded for every paragraph).
        string.Create(text.Length, text, static (folded, source) => Fold(source, folded));

    /// <summary>
    /// The folded opening of <paramref name="source"/>: as much of it as <paramref name="buffer"/> holds (a stack
    /// buffer), for checks that only look at how a text starts and run on every paragraph and item.
    /// </summary>
    public static ReadOnlySpan<char> FoldOpening(ReadOnlySpan<char> source, Span<char> buffer)
    {
        var opening = buffer[..Math.Min(source.Length, buffer.Length)];
        Fold(source[..opening.Length], opening);
        return opening;
    }

    /// <summary>
    /// Folds <paramref name="source"/> into <paramref name="destination"/> (at least as long): one char in, one char out,
    /// so a prefix of the folded text is the folded prefix. Lets per-paragraph checks fold into a stack buffer instead of a new string.
    /// </summary>
    public static void Fold(ReadOnlySpan<char> source, Span<char> destination)
    {
        for (var i = 0; i < source.Length; i++)
        {
            destination[i] = source[i] switch
            {
                >= '\u2010' and <= '\u2015' or '\u2212' => '-',
                '\u00A0' or '\u202F' or '\u2007' => ' ',
                var c => char.ToLowerInvariant(c),
            };
        }
    }

    /// <summary>
    /// A heading's words: leading emoji and symbols, numbering (<c>1.</c>, <c>2.1</c>, <c>4.1.1</c>, <c>A.</c>)
    /// and trailing closing hashes removed. Keeps the text as written otherwise.
    /// </summary>
    public static string HeadingWords(string heading)
    {
        var start = 0;
        while (start < heading.Length && !char.IsLetterOrDigit(heading[start]) && heading[start] is not ('`' or '('))
        {
            start++;
        }

        var rest = heading.AsSpan(start);

        // Anchored at the start, so the first match (a length, not a Match object: every heading passes here) is the numbering.
        foreach (var numbering in Numbering().EnumerateMatches(rest))
        {
            rest = rest[numbering.Length..];
            break;
        }

        // Most headings have nothing to remove: the heading itself, not a copy.
        var words = rest.TrimEnd("# ").Trim();
        return words.Length == heading.Length ? heading : words.ToString();
    }

    /// <summary>The text without parenthesised asides (ASCII and full-width), for names: "Location (Immutable)" → "Location".</summary>
    public static string WithoutAsides(string text)
    {
        if (text.AsSpan().IndexOfAny('(', '（') < 0)
        {
            // No aside (most names): no copy to strip it from.
            return Spaces().Replace(text, " ").Trim(NameDecoration);
        }

        var builder = new StringBuilder(text.Length);
        var depth = 0;
        foreach (var c in text)
        {
            if (c is '(' or '（')
            {
                depth++;
            }
            else if (c is ')' or '）')
            {
                depth = Math.Max(0, depth - 1);
            }
            else if (depth == 0)
            {
                builder.Append(c);
            }
        }

        return Spaces().Replace(builder.ToString(), " ").Trim(NameDecoration);
    }

    [GeneratedRegex(@"^(?:\d{1,3}(?:\.\d{1,3}){0,4}\.?|[A-Z]\.|[IVX]{1,5}\.|\d{1,3}\))(?:\s+|$)", RegexOptions.CultureInvariant)]
    private static partial Regex Numbering();

    [GeneratedRegex(@"\s{2,}", RegexOptions.CultureInvariant)]
    private static partial Regex Spaces();
}
