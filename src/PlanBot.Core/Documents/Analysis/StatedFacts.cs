using System.Globalization;
using System.Text.RegularExpressions;
using PlanBot.Core.Text;

namespace PlanBot.Core.Documents.Analysis;

/// <summary>
/// The first statement of each fact a scoping question asks: a labelled team size ("Team size: 2", "| Team | 3
/// developers |", "a team of two"), a labelled start date or deadline written as a date (<c>2027-01-04</c>), a
/// deployment strategy named anywhere (blue-green, canary, a rolling restart), an estimate of the work, the hours each
/// person gives it a week, and the test coverage required. Matched in <c>uses</c> (what the documents exclude is
/// blanked out) and quoted from <c>source</c>. A value a question could not read is not a fact.
/// </summary>
internal static partial class StatedFacts
{
    private const int EvidenceLength = 80;
    private const int MaxTeam = 50;
    private const int MaxWeeklyHours = 60;

    public static ValueList<StatedFact> Read(string uses, string source, LineIndex lines)
    {
        var facts = new List<StatedFact>();
        Add(facts, FactKind.TeamSize, TeamSize().Match(uses), m => Count(m.Groups["n"].Value), source, lines);
        Add(facts, FactKind.StartDate, StartDate().Match(uses), m => m.Groups["date"].Value, source, lines);
        Add(facts, FactKind.Deadline, Deadline().Match(uses), m => m.Groups["date"].Value, source, lines);
        Add(facts, FactKind.DeploymentStrategy, Strategy().Match(uses), m => Strategy(m, uses), source, lines);
        Add(facts, FactKind.Effort, Effort().Match(uses), Duration, source, lines);
        Add(facts, FactKind.HoursPerWeek, Hours().Match(uses), m => int.TryParse(m.Groups["n"].Value, out var n) && n is > 0 and <= MaxWeeklyHours ? $"{n} hours per person" : null, source, lines);
        Add(facts, FactKind.Coverage, Coverage().Match(uses), m => int.TryParse(m.Groups["n"].Value, out var n) && n is > 0 and <= 100 ? $"{n}%" : null, source, lines);
        return facts.ToValueList();
    }

    private static void Add(List<StatedFact> facts, FactKind kind, Match match, Func<Match, string?> value, string source, LineIndex lines)
    {
        if (match.Success && value(match) is { Length: > 0 } text)
        {
            facts.Add(new StatedFact(kind, text, lines.LineOf(match.Index), Evidence(source, match.Index)));
        }
    }

    /// <summary>"blue-green deployment"; "rolling deployment with automatic rollback" when its line says how it rolls back.</summary>
    private static string Strategy(Match match, string uses)
    {
        var end = uses.IndexOf('\n', match.Index);
        var line = end < 0 ? uses[match.Index..] : uses[match.Index..end];
        var name = $"{match.Groups["name"].Value.ToLowerInvariant().Replace('/', '-').Replace(' ', '-')} deployment";
        return Rollback().IsMatch(line) ? $"{name} with automatic rollback" : name;
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
        return Quote.Cut((end < 0 ? source[start..] : source[start..end]).Replace("**", string.Empty, StringComparison.Ordinal).Trim().Trim('|', '-', '*', ' '), EvidenceLength);
    }

    // "Team size: 2", "**Team:** 3 developers", "| Team Size | 2 |", "a team of two engineers".
    [GeneratedRegex(@"(?:\bteam(?:\s+size)?\**\s*[:|]\s*\**\s*(?<n>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\b(?!\s*(?:%|h\b|hours?|days?|weeks?|months?|-))|\ba team of (?<n>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TeamSize();

    [GeneratedRegex(@"\b(?:start(?:\s+date)?|kick-?off(?:\s+date)?|development starts?)\**\s*[:|]\s*\**\s*(?<date>\d{4}-\d{2}-\d{2})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StartDate();

    [GeneratedRegex(@"\b(?:deadline|due date|target date|launch date|release date|go-live(?:\s+date)?)\**\s*[:|]\s*\**\s*(?<date>\d{4}-\d{2}-\d{2})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Deadline();

    // "rolling" alone is a window or an average; "rolling restart" or "rolling deploys" is a strategy.
    [GeneratedRegex(@"\b(?<name>blue[-/ ]green|canary|rolling(?=\s+(?:deploy|release|restart|update|upgrade)))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Strategy();

    [GeneratedRegex(@"\b(?:automatic|automated|auto-)\s*rollbacks?\b|\brollbacks?\s+(?:is|are)\s+automatic|\brolls?\s+back\s+automatically", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Rollback();

    // "Estimate: 3 working days", "the effort is ~2 weeks", "takes 2–4 days", "3 working days (+1 buffer)", and days or
    // weeks of someone's work wherever they are written ("2–4 AI-agent days", "5 person-days").
    [GeneratedRegex(@"(?:\b(?:estimated?|estimates|effort|duration|takes?|ballpark)\b[^\n\d]{0,40}?~?\s*(?<n>\d{1,3})(?:\s*[–-]\s*(?<to>\d{1,3}))?\s*(?<unit>(?:working |work |person-|developer-?|dev-)?days?|weeks?)\b|\b(?<n>\d{1,3})(?:\s*[–-]\s*(?<to>\d{1,3}))?\s*(?<unit>working days?)\b|\b(?<n>\d{1,3})(?:\s*[–-]\s*(?<to>\d{1,3}))?\s*(?:AI[- ]agent|agent|person|developer|engineer(?:ing)?|dev)[- ](?<unit>days?|weeks?)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Effort();

    // "Hours per week: 20", "| Weekly hours | 20 |", "each developer works 20 hours a week", "20 hours per week per person".
    [GeneratedRegex(@"\b(?:hours?\s+(?:per|a)\s+week|weekly\s+hours|hours/week)\**\s*[:|]\s*\**\s*(?<n>\d{1,2})\b(?!\s*%)|\b(?<n>\d{1,2})\s*(?:hours?|h)\s*(?:per|a|/)\s*week\s+(?:per|for\s+each|each)\s+(?:person|developer|engineer|member)\b|\beach\s+(?:person|developer|engineer|member)\s+(?:works|gives|spends)\s+(?<n>\d{1,2})\s*(?:hours?|h)\s*(?:per|a|/)\s*week\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Hours();

    // "at least 80% code coverage", "test coverage of 90%", "coverage ≥ 85%"; "100% coverage of tax brackets" is one part's.
    [GeneratedRegex(@"\b(?<n>\d{2,3})\s?%\s+(?:code\s+|test\s+|line\s+)?coverage\b(?!\s+of\b)|\bcoverage\s+(?:of\s+|above\s+|≥\s*|>=\s*|at\s+least\s+)*(?<n>\d{2,3})\s?%", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Coverage();
}
