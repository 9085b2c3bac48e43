using System.Globalization;
using System.Text;

namespace PlanBot.Core.Tracking;

/// <summary>
/// For the daily timer: the open weeks that became late since <c>lastCheck</c> (due on or after it, before
/// today), so each slip is reported once however often the timer runs.
/// </summary>
public sealed class SlipDetector
{
    public SlipReport Detect(PlanProgress progress, DateOnly lastCheck) => new(
        lastCheck,
        progress.Today,
        progress.Weeks.Where(week => week.Late && week.Due >= lastCheck).ToValueList(),
        progress.PlannedEnd,
        progress.Forecast);

    /// <summary>The tracker comment for a report with slips.</summary>
    public static string Render(SlipReport report)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"### ⚠️ {report.Slipped.Count} week{(report.Slipped.Count == 1 ? string.Empty : "s")} slipped since {IssueBodyRenderer.Day(report.Since)}\n\n");
        foreach (var week in report.Slipped)
        {
            text.Append(CultureInfo.InvariantCulture, $"- Week {week.Number}: {IssueBodyRenderer.Inline(week.Title)} — due {IssueBodyRenderer.Day(week.Due)}, {week.Ticked}/{week.Total} criteria ticked\n");
        }

        var forecast = report.Forecast is { } day ? IssueBodyRenderer.Day(day) : "not yet known (no week closed)";
        text.Append(CultureInfo.InvariantCulture, $"\nPlanned end {IssueBodyRenderer.Day(report.PlannedEnd)}; forecast at the current pace: {forecast}.\n");
        return text.ToString();
    }
}
