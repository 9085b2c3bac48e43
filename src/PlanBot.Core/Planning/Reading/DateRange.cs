namespace PlanBot.Core.Planning.Reading;

/// <summary>A start and a due day, as written in a heading or derived.</summary>
internal readonly record struct DateRange(DateOnly Start, DateOnly Due)
{
    /// <summary>A Monday-to-Friday week starting on <paramref name="start"/>.</summary>
    public static DateRange WorkWeek(DateOnly start) => new(start, AddDays(start, 4));

    /// <summary>The first Monday after <paramref name="day"/>.</summary>
    public static DateOnly MondayAfter(DateOnly day)
    {
        var days = ((int)DayOfWeek.Monday - (int)day.DayOfWeek + 7) % 7;
        return AddDays(day, days == 0 ? 7 : days);
    }

    /// <summary>Date arithmetic that stops at the ends of the calendar: a plan dated 9999-12-31 must not throw.</summary>
    public static DateOnly AddDays(DateOnly day, long days) =>
        DateOnly.FromDayNumber((int)Math.Clamp(day.DayNumber + days, DateOnly.MinValue.DayNumber, DateOnly.MaxValue.DayNumber));
}
