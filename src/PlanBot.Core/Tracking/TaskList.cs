using System.Text;
using System.Text.RegularExpressions;
using PlanBot.Core.Planning;

namespace PlanBot.Core.Tracking;

/// <summary>
/// Task-list items (<c>- [x] text</c>) in issue bodies, outside code blocks as GitHub sees them. Items are matched by
/// normalised text — case, spacing, our escaping and invisible characters aside — so a tick survives a re-render
/// of the same item.
/// </summary>
public static partial class TaskList
{
    /// <summary>The task-list items of a body, in order.</summary>
    public static ValueList<Checkbox> Read(string? body) =>
        Items(Lines(body)).Select(item => new Checkbox(item.Text, item.Checked)).ToValueList();

    /// <summary>
    /// <paramref name="desiredBody"/> with the ticks of <paramref name="actualBody"/> kept. Ticks are counted per
    /// text: items already ticked in the desired body use up ticks first, the rest go to unticked items in order.
    /// Counting (rather than "any tick with this text") makes the merge a fixed point: merging its own result
    /// changes nothing.
    /// </summary>
    public static string KeepTicks(string desiredBody, string? actualBody)
    {
        var remaining = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var item in Items(Lines(actualBody)).Where(item => item.Checked))
        {
            remaining[Normalize(item.Text)] = remaining.GetValueOrDefault(Normalize(item.Text)) + 1;
        }

        if (remaining.Count == 0)
        {
            return desiredBody;
        }

        var lines = Lines(desiredBody);
        var items = Items(lines).ToList();
        foreach (var item in items.Where(item => item.Checked))
        {
            Use(remaining, Normalize(item.Text));
        }

        foreach (var item in items.Where(item => !item.Checked))
        {
            if (Use(remaining, Normalize(item.Text)))
            {
                var line = lines[item.Line];
                lines[item.Line] = string.Concat(line.AsSpan(0, item.MarkIndex), "x", line.AsSpan(item.MarkIndex + 1));
            }
        }

        return string.Join('\n', lines);
    }

    private static string Normalize(string text)
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

    // Undoes MarkdownText.Escape, so an item we escaped matches the same text typed by a person.
    private static string Unescape(string text)
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

    private static bool Use(Dictionary<string, int> remaining, string text)
    {
        if (remaining.GetValueOrDefault(text) <= 0)
        {
            return false;
        }

        remaining[text]--;
        return true;
    }

    private static string[] Lines(string? body) =>
        string.IsNullOrEmpty(body) ? [] : body.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');

    private static IEnumerable<(int Line, int MarkIndex, string Text, bool Checked)> Items(string[] lines)
    {
        var fence = string.Empty;
        for (var index = 0; index < lines.Length; index++)
        {
            var line = lines[index];
            var marker = Fence().Match(line);
            if (marker.Success)
            {
                var run = marker.Groups["run"].Value;
                if (fence.Length == 0)
                {
                    fence = run;
                }
                else if (run[0] == fence[0] && run.Length >= fence.Length && string.IsNullOrWhiteSpace(marker.Groups["info"].Value))
                {
                    fence = string.Empty;
                }

                continue;
            }

            var item = Item().Match(line);
            if (fence.Length == 0 && item.Success)
            {
                yield return (index, item.Groups["mark"].Index, item.Groups["text"].Value.Trim(), item.Groups["mark"].Value != " ");
            }
        }
    }

    [GeneratedRegex(@"^\s{0,3}[-*+]\s+\[(?<mark>[ xX])\](?:\s+(?<text>.*?))?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Item();

    [GeneratedRegex(@"^\s{0,3}(?<run>`{3,}|~{3,})(?<info>.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex Fence();
}
