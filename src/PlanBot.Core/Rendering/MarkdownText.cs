using System.Text;
using System.Text.RegularExpressions;

namespace PlanBot.Core.Rendering;

/// <summary>
/// Makes document text safe to paste into Markdown we post: it cannot @-mention anyone, close an issue
/// ("fixes #1"), open raw HTML (so it cannot forge our hidden markers either), or break a table cell.
/// </summary>
public static partial class MarkdownText
{
    private const char ZeroWidthJoiner = '\u200D';
    private const char ZeroWidthSpace = '\u200B';

    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var withoutKeywords = ClosingReference().Replace(text, match => match.Value + ZeroWidthSpace);
        var builder = new StringBuilder(withoutKeywords.Length + 8);
        for (var i = 0; i < withoutKeywords.Length; i++)
        {
            var c = withoutKeywords[i];
            switch (c)
            {
                case '<':
                    builder.Append("&lt;");
                    break;
                case '|':
                    builder.Append("\\|");
                    break;
                case '@' when i + 1 < withoutKeywords.Length && IsMentionCharacter(withoutKeywords[i + 1]):
                    builder.Append('@').Append(ZeroWidthJoiner);
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }

        return builder.ToString();
    }

    private static bool IsMentionCharacter(char c) => char.IsAsciiLetterOrDigit(c) || c == '-' || c == '_';

    // GitHub links a closing keyword to the issue that follows, optionally as owner/repo#N; breaking the
    // "#N" after the keyword keeps the text readable and stops the link.
    [GeneratedRegex(@"\b(?:close[sd]?|fix(?:e[sd])?|resolve[sd]?)\b:?\s+(?:[\w.-]+/[\w.-]+)?#(?=\d)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ClosingReference();
}
