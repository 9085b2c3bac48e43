using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace PlanBot.Core.Tracking;

/// <summary>
/// The tracker issue body: progress bars per phase, the schedule, late weeks and the forecast. It also records,
/// in a hidden marker, which weeks were closed when it was written, so the next run can tell a week that has
/// just been closed from one closed long ago.
/// </summary>
public static partial class TrackerRenderer
{
    private const int BarCells = 10;

    public static string Render(PlanProgress progress)
    {
        var text = new StringBuilder();
        text.Append(TrackingKey.Tracker.Marker).Append('\n');
        text.Append("## ").Append(IssueBodyRenderer.Inline(progress.Title)).Append(" — progress\n\n");
        text.Append(CultureInfo.InvariantCulture, $"**Overall:** {Bar(progress.Percent)} · {progress.ClosedWeeks} of {progress.TotalWeeks} weeks closed\n\n");
        text.Append(CultureInfo.InvariantCulture, $"**Planned end:** {IssueBodyRenderer.Day(progress.PlannedEnd)} · **Forecast:** {ForecastText(progress)}\n");

        text.Append("\n### Phases\n\n| Phase | Due | Progress |\n|---|---|---|\n");
        foreach (var phase in progress.Phases)
        {
            text.Append(CultureInfo.InvariantCulture, $"| Phase {phase.Number}: {IssueBodyRenderer.Inline(phase.Name)} | {IssueBodyRenderer.Day(phase.Due)} | {Bar(phase.Percent)} |\n");
        }

        text.Append("\n### Schedule\n\n| Phase | Week | Due | Criteria | State |\n|---|---|---|---|---|\n");
        foreach (var week in progress.Weeks)
        {
            text.Append(CultureInfo.InvariantCulture, $"| {week.Phase} | Week {week.Number}: {IssueBodyRenderer.Inline(week.Title)} | {IssueBodyRenderer.Day(week.Due)} | {week.Ticked}/{week.Total} | {State(week)} |\n");
        }

        text.Append("\n### Late weeks\n\n");
        var late = progress.LateWeeks;
        if (late.Count == 0)
        {
            text.Append("None — every open week is within its due date.\n");
        }

        foreach (var week in late)
        {
            text.Append(CultureInfo.InvariantCulture, $"- Week {week.Number}: {IssueBodyRenderer.Inline(week.Title)} — due {IssueBodyRenderer.Day(week.Due)}, {IssueBodyRenderer.Days(progress.Today.DayNumber - week.Due.DayNumber)} late\n");
        }

        var closed = progress.Weeks.Where(week => week.Status == WeekStatus.Closed).Select(week => week.Number.ToString(CultureInfo.InvariantCulture));
        text.Append(CultureInfo.InvariantCulture, $"\n_Updated {IssueBodyRenderer.Day(progress.Today)} by PlanBot._\n<!-- planbot:closed-weeks:{string.Join(',', closed)} -->\n");
        return text.ToString();
    }

    /// <summary>The weeks a tracker body recorded as closed; null when the body has no record (no tracker yet).</summary>
    public static IReadOnlySet<int>? ClosedWeeks(string? trackerBody)
    {
        var match = ClosedWeeksMarker().Match(trackerBody ?? string.Empty);
        if (!match.Success)
        {
            return null;
        }

        return match.Groups["weeks"].Value
            .Split(',', StringSplitOptions.RemoveEmptyEntries)
            .Select(week => int.TryParse(week, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : -1)
            .Where(number => number >= 0)
            .ToHashSet();
    }

    /// <summary><c>██████░░░░ 60%</c>, in a code span so the bar keeps its width.</summary>
    public static string Bar(int percent)
    {
        var clamped = Math.Clamp(percent, 0, 100);
        var filled = clamped * BarCells / 100;
        return string.Create(CultureInfo.InvariantCulture, $"`{new string('█', filled)}{new string('░', BarCells - filled)} {clamped}%`");
    }

    private static string ForecastText(PlanProgress progress) => progress.Forecast switch
    {
        { } forecast => IssueBodyRenderer.Day(forecast) + Versus(forecast, progress.PlannedEnd),
        null when progress.TotalWeeks > 0 && progress.ClosedWeeks == progress.TotalWeeks => "done",
        _ => "after the first week is closed",
    };

    private static string Versus(DateOnly forecast, DateOnly plannedEnd)
    {
        var days = forecast.DayNumber - plannedEnd.DayNumber;
        return days switch
        {
            0 => " (on plan)",
            > 0 => $" ({IssueBodyRenderer.Days(days)} behind)",
            _ => $" ({IssueBodyRenderer.Days(-days)} ahead)",
        };
    }

    private static string State(WeekProgress week) => week.Status switch
    {
        WeekStatus.Closed => "✅ closed",
        _ when week.Late => "⚠️ late",
        _ => "open",
    };

    [GeneratedRegex(@"<!--\s*planbot:closed-weeks:(?<weeks>[\d,]*)\s*-->", RegexOptions.CultureInvariant)]
    private static partial Regex ClosedWeeksMarker();
}
