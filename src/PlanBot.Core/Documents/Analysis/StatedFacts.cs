using System.Globalization;
using System.Text.RegularExpressions;
using PlanBot.Core.Text;

namespace PlanBot.Core.Documents.Analysis;

/// <summary>
/// The first statement of each fact a scoping question asks: a labelled team size ("Team size: 2", "| Team | 3
/// developers |", "a team of two"), a labelled start date or deadline written as a date (<c>2027-01-04</c>), and a
/// deployment strategy named anywhere (blue-green, canary). Matched in <c>uses</c> (what the documents exclude is
/// blanked out) and quoted from <c>source</c>. A value a question could not read is not a fact.
/// </summary>
internal static partial class StatedFacts
{
    private const int EvidenceLength = 80;
    private const int MaxTeam = 50;

    public static ValueList<StatedFact> Read(string uses, string source, LineIndex lines)
    {
        var facts = new List<StatedFact>();
        Add(facts, FactKind.TeamSize, TeamSize().Match(uses), m => Count(m.Groups["n"].Value), source, lines);
        Add(facts, FactKind.StartDate, StartDate().Match(uses), m => m.Groups["date"].Value, source, lines);
        Add(facts, FactKind.Deadline, Deadline().Match(uses), m => m.Groups["date"].Value, source, lines);
        Add(facts, FactKind.DeploymentStrategy, Strategy().Match(uses), m => $"{m.Groups["name"].Value.ToLowerInvariant().Replace('/', '-').Replace(' ', '-')} deployment", source, lines);
        Add(facts, FactKind.Effort, Effort().Match(uses), Duration, source, lines);
        return facts.ToValueList();
    }

    private static void Add(List<StatedFact> facts, FactKind kind, Match match, Func<Match, string?> value, string source, LineIndex lines)
    {
        if (match.Success && value(match) is { Length: > 0 } text)
        {
            facts.Add(new StatedFact(kind, text, lines.LineOf(match.Index), Evidence(source, match.Index)));
        }
    }

    /// <summary>"2", "two" → "2"; more people than a team has is a number about something else.</summary>
    private static string? Count(string text) =>
        NumberWords.TryParse(text, out var count) && count is >= 1 and <= MaxTeam && count == decimal.Truncate(count)
            ? count.ToString("0", CultureInfo.InvariantCulture)
            : null;

    /// <summary>"3 days", "2 weeks": the upper end of a range ("2–4 days"), since a plan is made for it.</summary>
    private static string? Duration(Match match)
    {
        var amount = match.Groups["to"].Success ? match.Groups["to"].Value : match.Groups["n"].Value;
        var unit = match.Groups["unit"].Value.StartsWith("week", StringComparison.OrdinalIgnoreCase) ? "weeks" : "days";
        return int.TryParse(amount, out var n) && n is > 0 and <= 200 ? $"{n} {(n == 1 ? unit.TrimEnd('s') : unit)}" : null;
    }

    /// <summary>The line the fact is on, from its start, cut on a word.</summary>
    private static string Evidence(string source, int index)
    {
        var start = source.LastIndexOf('\n', Math.Max(0, index - 1)) + 1;
        var end = source.IndexOf('\n', index);
        return Quote.Cut((end < 0 ? source[start..] : source[start..end]).Trim().Trim('|', '-', '*', ' '), EvidenceLength);
    }

    // "Team size: 2", "**Team:** 3 developers", "| Team Size | 2 |", "a team of two engineers".
    [GeneratedRegex(@"(?:\bteam(?:\s+size)?\**\s*[:|]\s*\**\s*(?<n>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\b(?!\s*(?:%|h\b|hours?|days?|weeks?|months?|-))|\ba team of (?<n>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TeamSize();

    [GeneratedRegex(@"\b(?:start(?:\s+date)?|kick-?off(?:\s+date)?|development starts?)\**\s*[:|]\s*\**\s*(?<date>\d{4}-\d{2}-\d{2})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StartDate();

    [GeneratedRegex(@"\b(?:deadline|due date|target date|launch date|release date|go-live(?:\s+date)?)\**\s*[:|]\s*\**\s*(?<date>\d{4}-\d{2}-\d{2})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Deadline();

    [GeneratedRegex(@"\b(?<name>blue[-/ ]green|canary)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Strategy();

    // "Estimate: 3 working days", "the effort is ~2 weeks", "takes 2–4 days", "3 working days (+1 buffer)".
    [GeneratedRegex(@"(?:\b(?:estimated?|estimates|effort|duration|takes?|ballpark)\b[^\n\d]{0,40}?~?\s*(?<n>\d{1,3})(?:\s*[–-]\s*(?<to>\d{1,3}))?\s*(?<unit>(?:working |work |person-|developer-?|dev-)?days?|weeks?)\b|\b(?<n>\d{1,3})(?:\s*[–-]\s*(?<to>\d{1,3}))?\s*(?<unit>working days?)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Effort();
}
