using System.Globalization;
using System.Text.RegularExpressions;

namespace PlanBot.Core.Scoping.Answers;

/// <summary>
/// Reads a calendar date: ISO, "March 31, 2027", "31 March 2027", "2027-03", "end of Q1 2027", "next Monday",
/// "in 2 weeks". A period (month, quarter, year) resolves to its first or last day as the caller prefers,
/// unless the text says "start of" or "end of".
/// </summary>
internal static partial class DateParser
{
    private static readonly string[] MonthNames =
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    private static readonly string[] DayNames = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];

    public static DateOnly? Parse(string raw, DateOnly today, bool preferEnd)
    {
        var text = Noise().Replace(raw.Trim().ToLowerInvariant(), " ");
        text = Ordinal().Replace(text, "$1").Trim(' ', '.', ',', '!');
        var end = preferEnd;
        var edge = Edge().Match(text);
        if (edge.Success)
        {
            end = edge.Groups["end"].Success;
            text = text[edge.Length..].Trim();
        }

        return Relative(text, today, end) ?? Absolute(text, today, end);
    }

    private static DateOnly? Relative(string text, DateOnly today, bool end)
    {
        switch (text)
        {
            case "today" or "now" or "asap" or "immediately" or "right away":
                return today;
            case "tomorrow":
                return today.AddDays(1);
            case "next week":
                return NextWeekday(today, DayOfWeek.Monday);
            case "next month" or "this month" or "the month":
                var month = text == "next month" ? today.AddMonths(1) : today;
                return Period(new DateOnly(month.Year, month.Month, 1), 1, end);
        }

        var weekday = Weekday().Match(text);
        if (weekday.Success)
        {
            var day = (DayOfWeek)Array.IndexOf(DayNames, weekday.Groups["day"].Value[..3]);
            return NextWeekday(today, day);
        }

        var offset = Offset().Match(text);
        if (offset.Success)
        {
            var duration = DurationParser.Parse(offset.Groups["d"].Value);
            return duration is null ? null : today.AddDays(duration.Days);
        }

        return null;
    }

    private static DateOnly? Absolute(string text, DateOnly today, bool end)
    {
        var iso = Iso().Match(text);
        if (iso.Success)
        {
            return Make(Int(iso.Groups["y"]), Int(iso.Groups["m"]), Int(iso.Groups["d"]));
        }

        var numeric = Numeric().Match(text);
        if (numeric.Success)
        {
            var (a, b) = (Int(numeric.Groups["a"]), Int(numeric.Groups["b"]));
            var y = Int(numeric.Groups["y"]);

            // 04/03/2027 is April in the US and March elsewhere: only an unambiguous order is read.
            return a > 12 && b <= 12 ? Make(y, b, a)
                : b > 12 && a <= 12 ? Make(y, a, b)
                : a == b ? Make(y, a, b)
                : null;
        }

        var monthFirst = MonthDayYear().Match(text);
        if (monthFirst.Success)
        {
            return Make(Int(monthFirst.Groups["y"]), Month(monthFirst.Groups["mon"].Value), Int(monthFirst.Groups["d"]));
        }

        var dayFirst = DayMonthYear().Match(text);
        if (dayFirst.Success)
        {
            return Make(Int(dayFirst.Groups["y"]), Month(dayFirst.Groups["mon"].Value), Int(dayFirst.Groups["d"]));
        }

        var monthDay = MonthDay().Match(text);
        if (monthDay.Success)
        {
            // Without a year, "March 31" is the next March 31 from today.
            var day = Int(monthDay.Groups["d"]);
            var month = Month(monthDay.Groups["mon"].Value);
            return Make(today.Year, month, day) is { } thisYear && thisYear >= today ? thisYear : Make(today.Year + 1, month, day);
        }

        var yearMonth = YearMonth().Match(text);
        if (yearMonth.Success)
        {
            return Period(Make(Int(yearMonth.Groups["y"]), Int(yearMonth.Groups["m"]), 1), 1, end);
        }

        var monthYear = MonthYear().Match(text);
        if (monthYear.Success)
        {
            return Period(Make(Int(monthYear.Groups["y"]), Month(monthYear.Groups["mon"].Value), 1), 1, end);
        }

        var quarter = Quarter().Match(text);
        if (quarter.Success)
        {
            var q = Int(quarter.Groups["q"]);
            return Period(Make(Int(quarter.Groups["y"]), ((q - 1) * 3) + 1, 1), 3, end);
        }

        var half = Half().Match(text);
        if (half.Success)
        {
            return Period(Make(Int(half.Groups["y"]), half.Groups["h"].Value == "1" ? 1 : 7, 1), 6, end);
        }

        var year = Year().Match(text);
        return year.Success ? Period(Make(Int(year.Groups["y"]), 1, 1), 12, end) : null;
    }

    private static DateOnly NextWeekday(DateOnly today, DayOfWeek day)
    {
        var ahead = ((int)day - (int)today.DayOfWeek + 7) % 7;
        return today.AddDays(ahead == 0 ? 7 : ahead);
    }

    private static DateOnly? Period(DateOnly? first, int months, bool end) =>
        first is null ? null : end ? first.Value.AddMonths(months).AddDays(-1) : first.Value;

    private static DateOnly? Make(int year, int month, int day) =>
        year is >= 2000 and <= 2200 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;

    private static int Month(string name) => Array.IndexOf(MonthNames, name[..3]) + 1;

    private static int Int(Group group) =>
        int.TryParse(group.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : -1;

    private const string MonthPattern = @"(?<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?";

    [GeneratedRegex(@"^(?:on|by|from|starting|start(?:ing)? on|around|before|no later than|deadline|the)\s+|\s+(?:at the latest|latest)$", RegexOptions.CultureInvariant)]
    private static partial Regex Noise();

    [GeneratedRegex(@"\b(\d{1,2})(?:st|nd|rd|th)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Ordinal();

    [GeneratedRegex(@"^(?:(?<end>(?:the\s+)?end\s+of|late|by\s+the\s+end\s+of|eo)|(?<start>(?:the\s+)?(?:start|beginning)\s+of|early|begin(?:ning)?))\s*", RegexOptions.CultureInvariant)]
    private static partial Regex Edge();

    [GeneratedRegex(@"^(?:next|this|coming)?\s*(?<day>sun|mon|tue|wed|thu|fri|sat)[a-z]*$", RegexOptions.CultureInvariant)]
    private static partial Regex Weekday();

    [GeneratedRegex(@"^(?:in|within|after)\s+(?<d>.+?)(?:\s+from\s+(?:now|today))?$|^(?<d>.+?)\s+from\s+(?:now|today)$", RegexOptions.CultureInvariant)]
    private static partial Regex Offset();

    [GeneratedRegex(@"^(?<y>\d{4})[-/.](?<m>\d{1,2})[-/.](?<d>\d{1,2})(?:t[\d:.z+-]*)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Iso();

    [GeneratedRegex(@"^(?<a>\d{1,2})[-/.](?<b>\d{1,2})[-/.](?<y>\d{4})$", RegexOptions.CultureInvariant)]
    private static partial Regex Numeric();

    [GeneratedRegex(@"^" + MonthPattern + @"\s+(?<d>\d{1,2}),?\s+(?<y>\d{4})$", RegexOptions.CultureInvariant)]
    private static partial Regex MonthDayYear();

    [GeneratedRegex(@"^(?<d>\d{1,2})\s+(?:of\s+)?" + MonthPattern + @",?\s+(?<y>\d{4})$", RegexOptions.CultureInvariant)]
    private static partial Regex DayMonthYear();

    [GeneratedRegex(@"^" + MonthPattern + @"\s+(?<d>\d{1,2})$|^(?<d>\d{1,2})\s+(?:of\s+)?" + MonthPattern + "$", RegexOptions.CultureInvariant)]
    private static partial Regex MonthDay();

    [GeneratedRegex(@"^(?<y>\d{4})[-/.](?<m>\d{1,2})$|^(?<m>\d{1,2})[-/.](?<y>\d{4})$", RegexOptions.CultureInvariant)]
    private static partial Regex YearMonth();

    [GeneratedRegex(@"^" + MonthPattern + @",?\s+(?<y>\d{4})$", RegexOptions.CultureInvariant)]
    private static partial Regex MonthYear();

    [GeneratedRegex(@"^q(?<q>[1-4])\s*[-/ ,]?\s*(?<y>\d{4})$|^(?<y>\d{4})\s*[-/ ,]?\s*q(?<q>[1-4])$", RegexOptions.CultureInvariant)]
    private static partial Regex Quarter();

    [GeneratedRegex(@"^h(?<h>[12])\s*[-/ ,]?\s*(?<y>\d{4})$|^(?<y>\d{4})\s*[-/ ,]?\s*h(?<h>[12])$", RegexOptions.CultureInvariant)]
    private static partial Regex Half();

    [GeneratedRegex(@"^(?<y>\d{4})$", RegexOptions.CultureInvariant)]
    private static partial Regex Year();
}
