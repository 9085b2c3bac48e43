using System.Buffers;
using System.Text;
using System.Text.RegularExpressions;

namespace PlanBot.Core.Rendering;

/// <summary>
/// Makes text copied from a PRD/TRD safe to embed inline in Markdown the bot posts: it cannot @-mention
/// people, reference or close issues, open HTML, or break the surrounding list, table or emphasis.
/// </summary>
public static partial class MarkdownText
{
    private const char ZeroWidthSpace = '\u200B';

    private static readonly SearchValues<char> Breaks = SearchValues.Create("\r\n\u2028\u2029");

    // The characters EscapeCharacters changes: text without any of them is already safe inline.
    private static readonly SearchValues<char> Special = SearchValues.Create("@#&<>\\`*_[]|~");

    /// <summary>A code fence longer than any run of backticks in <paramref name="content"/>, so nothing in it can close the block.</summary>
    public static string Fence(string content)
    {
        var longest = 0;
        var run = 0;
        foreach (var c in content)
        {
            run = c == '`' ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }

        return new string('`', Math.Max(3, longest + 1));
    }

    /// <summary>Escapes <paramref name="text"/> for use inside one line of Markdown (line breaks become spaces).</summary>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        // Every text of a plan passes through here, and nearly all of it holds nothing to escape: each step is skipped
        // where the characters it needs are absent (a closing keyword needs a "#" or a "://" after it).
        var flattened = (text.AsSpan().ContainsAny(Breaks) ? LineBreaks().Replace(text, " ") : text).Trim();
        var unlinked = flattened.AsSpan().ContainsAny('#', ':')
            ? ClosingKeyword().Replace(flattened, m => m.Value[0] + ZeroWidthSpace.ToString() + m.Value[1..])
            : flattened;
        var escaped = unlinked.AsSpan().ContainsAny(Special) ? EscapeCharacters(unlinked) : unlinked;

        // At the start of a list item or paragraph these would open a heading or a nested list; alone, a run of dashes
        // would be a thematic break.
        if (escaped.StartsWith('-') && ThematicBreak().IsMatch(escaped))
        {
            return "\\" + escaped;
        }

        var block = escaped.Length > 0 && (escaped[0] is '#' or '+' or '-' || char.IsDigit(escaped[0])) ? BlockStart().Match(escaped) : Match.Empty;
        escaped = block.Success ? escaped.Insert(block.Length - 1, "\\") : escaped;

        // At the end of a heading, " ##" would be read as its closing sequence and dropped.
        var closing = escaped.EndsWith('#') ? ClosingSequence().Match(escaped) : Match.Empty;
        return closing.Success ? escaped.Insert(closing.Index + 1, "\\") : escaped;
    }

    private static string EscapeCharacters(string unlinked)
    {
        var builder = new StringBuilder(unlinked.Length + 16);
        for (var i = 0; i < unlinked.Length; i++)
        {
            var c = unlinked[i];
            var next = i + 1 < unlinked.Length ? unlinked[i + 1] : '\0';
            switch (c)
            {
                case '@' when char.IsLetterOrDigit(next) || next is '_' or '-':
                case '#' when char.IsDigit(next):
                    // A zero-width space stops GitHub from turning "@team" into a mention and "#12" into a cross-reference.
                    builder.Append(c).Append(ZeroWidthSpace);
                    break;
                case '&' when Entity().IsMatch(unlinked.AsSpan(i)):
                    // "&lt;" written in a document is text: unescaped, Markdown would show it as "<". A decimal
                    // "&#35;" needs nothing: the zero-width space after its "#" already breaks it.
                    builder.Append("\\&");
                    break;
                case '<':
                    builder.Append("&lt;");
                    break;
                case '>':
                    builder.Append("&gt;");
                    break;
                case '\\' or '`' or '*' or '_' or '[' or ']' or '|' or '~':
                    builder.Append('\\').Append(c);
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// Text for a line inside a fenced code block or an HTML comment the bot writes: one line, no fence,
    /// no comment terminator, no mention. Markdown syntax is left alone because it is not rendered there.
    /// </summary>
    public static string PlainLine(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var flattened = LineBreaks().Replace(text, " ").Trim()
            .Replace("`", "'", StringComparison.Ordinal)
            .Replace("~~~", "~", StringComparison.Ordinal)
            .Replace("-->", "->", StringComparison.Ordinal);
        return Mention().Replace(flattened, m => m.Value + ZeroWidthSpace.ToString());
    }

    /// <summary>An inline code span of <paramref name="text"/> (one line, backticks removed): nothing in it renders or mentions.</summary>
    public static string Code(string? text)
    {
        var inner = LineBreaks().Replace(text ?? string.Empty, " ").Replace("`", string.Empty, StringComparison.Ordinal).Trim();
        return inner.Length == 0 ? "` `" : $"`{inner}`";
    }

    [GeneratedRegex(@"\r\n|\r|\n|\u2028|\u2029")]
    private static partial Regex LineBreaks();

    [GeneratedRegex(@"\b(?:close[sd]?|fix(?:e[sd])?|resolve[sd]?)(?=\s*:?\s+\S*(?:#|https?://))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ClosingKeyword();

    [GeneratedRegex(@"^(?:#{1,6}|[+-]|\d{1,9}[.)])(?=\s|$)")]
    private static partial Regex BlockStart();

    [GeneratedRegex(@"^&(?:#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{0,31});")]
    private static partial Regex Entity();

    [GeneratedRegex(@"^-[ -]*-[ -]*-[ -]*$")]
    private static partial Regex ThematicBreak();

    [GeneratedRegex(@" #+$")]
    private static partial Regex ClosingSequence();

    [GeneratedRegex(@"@(?=[\w-])")]
    private static partial Regex Mention();
}
