using System.Text.RegularExpressions;

namespace PlanBot.Core.Scoping.Answers;

/// <summary>
/// The hidden HTML comments that tie the scoping comment's checkboxes to questions. A choice marker ends each
/// option line; a state marker records which options the bot rendered ticked, so that reading an edited
/// comment yields only the questions whose boxes somebody changed.
/// </summary>
public static partial class ChoiceMarker
{
    public static string Choice(string questionId, string key) => $"<!-- planbot:choice:{questionId}:{key} -->";

    public static string State(string questionId, IEnumerable<string> checkedKeys) =>
        $"<!-- planbot:choices:{questionId}:{string.Join(",", checkedKeys)} -->";

    [GeneratedRegex(@"^\s*[-*+]\s+\[(?<tick>[ xX])\]\s+(?<label>.*?)\s*<!--\s*planbot:choice:(?<id>[^:\s]+):(?<key>.+?)\s*-->\s*$", RegexOptions.CultureInvariant)]
    internal static partial Regex ChoiceLine();

    [GeneratedRegex(@"^\s*<!--\s*planbot:choices:(?<id>[^:\s]+):(?<keys>.*?)\s*-->\s*$", RegexOptions.CultureInvariant)]
    internal static partial Regex StateLine();
}
