using System.Text.RegularExpressions;
using PlanBot.Core.Planning.Work;

namespace PlanBot.Core.Planning.Writing;

/// <summary>
/// What a week's title calls the work it holds: what ships, never a cut sentence. PlanBot's own items keep their
/// names. A requirement's title ends where its
/// first clause does ("Menu bar presence via MenuBarExtra for always-available access" → "Menu bar presence"; a label
/// before a colon is the name: "Preferences: price range + organic toggle" → "Preferences"), or at a word when no clause
/// ends soon enough; a requirement the documents give an id is followed by it ("Statement import (FR-001)").
/// </summary>
internal static partial class WeekTitles
{
    private const int MaxLength = 48;
    private const int MinHeadWords = 2;
    private const int MaxDangling = 3;
    private const int MaxDanglingLength = 4;

    private static readonly string[] ClauseEnds = [" using ", " via ", " with ", " for ", " including ", " so that ", " — ", " – ", " (", "; ", ", "];

    public static string Of(WorkItem item)
    {
        // PlanBot's own names ("Library set-up: public API and compatibility") are already short; the documents' are not.
        var feature = item.Kind is WorkKind.Feature or WorkKind.NonFunctional;
        var name = feature ? Head(item.Trigger.Says is { Length: > 0 } says ? says.Trim() : item.Name.Trim()) : item.Name;
        var id = feature ? item.Traces.FirstOrDefault() : null;
        return id is not null && Id().IsMatch(id) && !name.Contains(id, StringComparison.OrdinalIgnoreCase) ? $"{name} ({id})" : name;
    }

    /// <summary>The text up to the end of its first clause, or its first words when that is too long.</summary>
    public static string Head(string text)
    {
        if (text.Length <= MaxLength)
        {
            return text.TrimEnd('.');
        }

        var colon = text.IndexOf(": ", StringComparison.Ordinal);
        if (colon is > 0 and <= MaxLength)
        {
            return text[..colon].Trim();
        }

        var end = ClauseEnds.Select(e => text.IndexOf(e, StringComparison.Ordinal)).Where(i => i > 0).DefaultIfEmpty(text.Length).Min();
        var head = text[..end].Trim().TrimEnd('.', '…');
        if (head.Length <= MaxLength && head.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= MinHeadWords)
        {
            return head;
        }

        var cut = text.LastIndexOf(' ', MaxLength);
        return WithoutDanglingWords((cut > 0 ? text[..cut] : text[..MaxLength]).TrimEnd(',', ';', ':', ' ', '-', '—'));
    }

    /// <summary>
    /// Words cut from what they led to leave short linking words behind ("…efficient as", "…chave de verificação
    /// para"): up to three such lower-case words of at most four letters are dropped from the end.
    /// </summary>
    private static string WithoutDanglingWords(string text)
    {
        for (var dropped = 0; dropped < MaxDangling; dropped++)
        {
            var space = text.LastIndexOf(' ');
            var last = space < 0 ? text : text[(space + 1)..];
            if (space <= 0 || last.Length > MaxDanglingLength || !last.All(char.IsLower))
            {
                break;
            }

            text = text[..space].TrimEnd(',', ';', ':', ' ', '-', '—');
        }

        return text;
    }

    [GeneratedRegex(@"^[A-Z][A-Z0-9]{0,6}-\d{1,4}[a-z]?$", RegexOptions.CultureInvariant)]
    private static partial Regex Id();
}
