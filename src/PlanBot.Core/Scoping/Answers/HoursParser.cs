using System.Text.RegularExpressions;
using PlanBot.Core.Text;

namespace PlanBot.Core.Scoping.Answers;

/// <summary>Reads weekly capacity: "30 hours per person", "30h each", "120h/week" (the team), "full time".</summary>
internal static partial class HoursParser
{
    private const decimal FullTime = 40;

    /// <summary>Above this a per-week figure cannot be one person's, so it is read as the team's total.</summary>
    private const decimal MostOnePersonWorks = 60;

    public static HoursValue? Parse(string raw)
    {
        var text = raw.Trim();
        if (FullTimeWords().IsMatch(text))
        {
            return new HoursValue(FullTime, HoursBasis.PerPerson);
        }

        if (PartTimeWords().IsMatch(text))
        {
            return new HoursValue(FullTime / 2, HoursBasis.PerPerson);
        }

        var match = Amount().Match(text);
        if (!match.Success || !NumberWords.TryParse(match.Groups["n"].Value, out var hours) || hours <= 0)
        {
            return null;
        }

        if (!Leftover(Amount().Replace(text, " ", 1)))
        {
            return null;
        }

        var basis = PerPersonWords().IsMatch(text) ? HoursBasis.PerPerson
            : TeamWords().IsMatch(text) || hours > MostOnePersonWorks ? HoursBasis.PerTeam
            : HoursBasis.PerPerson;
        return basis == HoursBasis.PerPerson && hours > 24 * 7 ? null : new HoursValue(hours, basis);
    }

    /// <summary>Only capacity words may surround the number; "30 bananas" is not an answer.</summary>
    private static bool Leftover(string rest) =>
        string.IsNullOrWhiteSpace(Filler().Replace(rest, " "));

    [GeneratedRegex(@"^\s*(?:~|about|around|roughly|approx(?:imately)?\.?)?\s*(?<n>" + NumberWords.Pattern + @")" + NumberWords.RangeEnd + @"\s*(?:h|hrs?|hours?)?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Amount();

    [GeneratedRegex(@"\b(?:full[\s-]?time|ft)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FullTimeWords();

    [GeneratedRegex(@"\b(?:part[\s-]?time|half[\s-]?time)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PartTimeWords();

    [GeneratedRegex(@"\b(?:each|apiece|pp|per\s+(?:person|head|dev|developer|engineer|member|individual|people)|a\s+person|/\s*(?:person|head|dev|developer|engineer))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PerPersonWords();

    [GeneratedRegex(@"\b(?:team|total|combined|together|overall|altogether|in\s+all)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TeamWords();

    [GeneratedRegex(@"[\s,./()\-]+|\b(?:h|hrs?|hours?|a|an|per|each|apiece|pp|every|week|weeks|wk|w|weekly|person|people|head|dev|devs|developer|developers|engineer|engineers|member|members|individual|for|the|whole|team|total|combined|together|overall|altogether|in|all|of|work|working|on|it|this|available|capacity)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Filler();
}
