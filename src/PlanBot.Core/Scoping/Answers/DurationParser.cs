using System.Text.RegularExpressions;
using PlanBot.Core.Text;

namespace PlanBot.Core.Scoping.Answers;

/// <summary>Reads a length of time: "12 weeks", "3 months" (13 weeks), "45 days", "1.5 months", "2 sprints".</summary>
internal static partial class DurationParser
{
    /// <summary>A month is a quarter of a 13-week quarter, so "3 months" is exactly 13 weeks.</summary>
    private const decimal DaysPerMonth = 91m / 3m;

    /// <summary>Ten years; longer is a typo, not a plan.</summary>
    private const decimal MaxDays = 3650;

    public static DurationValue? Parse(string raw)
    {
        var text = raw.Trim();
        var total = 0m;
        var found = false;
        foreach (Match match in Unit().Matches(text))
        {
            if (!NumberWords.TryParse(match.Groups["n"].Value, out var amount))
            {
                return null;
            }

            total += amount * DaysPer(match.Groups["unit"].Value);
            found = true;
        }

        if (!found || !string.IsNullOrWhiteSpace(Filler().Replace(Unit().Replace(text, " "), " ")))
        {
            return null;
        }

        var days = decimal.Round(total, MidpointRounding.AwayFromZero);
        return days is < 1 or > MaxDays ? null : new DurationValue((int)days);
    }

    private static decimal DaysPer(string unit) => char.ToLowerInvariant(unit[0]) switch
    {
        'd' => 1,
        'w' => 7,
        's' => 14,
        'y' => 364,
        _ => DaysPerMonth,
    };

    [GeneratedRegex(@"(?<n>" + NumberWords.Pattern + @")" + NumberWords.RangeEnd + @"\s*-?\s*(?<unit>days?|d|weeks?|wks?|w|months?|mos?|m|years?|yrs?|y|sprints?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Unit();

    [GeneratedRegex(@"[\s,.;~+]+|\b(?:a|an|and|plus|about|around|roughly|approx(?:imately)?|in|within|over|for|of|development|dev|total|from|start|starting|the|now|after|long|time|project|release|mvp|timeline)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Filler();
}
