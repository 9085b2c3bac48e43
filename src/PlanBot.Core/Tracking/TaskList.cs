using System.Text;
using System.Text.RegularExpressions;
using PlanBot.Core.Planning;

namespace PlanBot.Core.Tracking;

/// <summary>
/// Task-list items (<c>- [x] text</c>) in issue bodies. Items are matched by normalised text — case, spacing,
/// our escaping and invisible characters aside — so a tick survives a re-render of the same item.
/// </summary>
public static partial class TaskList
{
    /// <summary>The task-list items of a body, in order.</summary>
    public static ValueList<Checkbox> Read(string? body)
    {
        var items = new List<Checkbox>();
        foreach (var line in Lines(body))
        {
            var item = Item().Match(line);
            if (item.Success)
            {
                items.Add(new Checkbox(item.Groups["text"].Value.Trim(), item.Groups["mark"].Value != " "));
            }
        }

        return items;
    }

    /// <summary><paramref name="desiredBody"/> with every item ticked that is ticked in <paramref name="actualBody"/>.</summary>
    public static string KeepTicks(string desiredBody, string? actualBody)
    {
        var ticked = Ticked(actualBody);
        if (ticked.Count == 0)
        {
            return desiredBody;
        }

        var builder = new StringBuilder(desiredBody.Length);
        var first = true;
        foreach (var line in desiredBody.Split('\n'))
        {
            if (!first)
            {
                builder.Append('\n');
            }

            first = false;
            var item = Item().Match(line);
            if (item.Success && item.Groups["mark"].Value == " " && ticked.Contains(Normalize(item.Groups["text"].Value)))
            {
                builder.Append(line, 0, item.Groups["mark"].Index).Append('x').Append(line, item.Groups["mark"].Index + 1, line.Length - item.Groups["mark"].Index - 1);
            }
            else
            {
                builder.Append(line);
            }
        }

        return builder.ToString();
    }

    /// <summary>The normalised text of every ticked item in <paramref name="body"/>.</summary>
    public static IReadOnlySet<string> Ticked(string? body) =>
        Read(body).Where(item => item.Checked).Select(item => Normalize(item.Text)).ToHashSet(StringComparer.Ordinal);

    public static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in Unescape(text))
        {

            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(char.ToLowerInvariant(c));
        }

        return builder.ToString();
    }

    /// <summary>Undoes <see cref="Rendering.MarkdownText.Escape"/>, so text read back can be compared or escaped again.</summary>
    public static string Unescape(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Replace("&lt;", "<", StringComparison.Ordinal).Replace("\\|", "|", StringComparison.Ordinal))
        {
            if (c is not ('\u200B' or '\u200C' or '\u200D' or '\uFEFF'))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static IEnumerable<string> Lines(string? body) =>
        string.IsNullOrEmpty(body) ? [] : body.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');

    [GeneratedRegex(@"^\s{0,3}[-*+]\s+\[(?<mark>[ xX])\]\s+(?<text>.*?)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Item();
}
