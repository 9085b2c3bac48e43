using PlanBot.Core.Planning.Scheduling;
using PlanBot.Core.Planning.Work;

namespace PlanBot.Core.Planning.Writing;

/// <summary>How the plan's prose points at weeks: "week 3", "weeks 5–6", "weeks 3–7 and 9", or "not scheduled".</summary>
internal static class WeekLabels
{
    public static string Label(this Schedule schedule, WorkItem? item) => Of(schedule.WeeksOf(item));

    /// <summary>The label of ascending week numbers.</summary>
    public static string Of(IReadOnlyList<int> weeks)
    {
        if (weeks.Count == 0)
        {
            return "not scheduled";
        }

        var runs = new List<string>();
        var start = 0;
        for (var i = 1; i <= weeks.Count; i++)
        {
            if (i == weeks.Count || weeks[i] != weeks[i - 1] + 1)
            {
                runs.Add(i - 1 == start ? Prose.Number(weeks[start]) : $"{Prose.Number(weeks[start])}–{Prose.Number(weeks[i - 1])}");
                start = i;
            }
        }

        return (weeks.Count == 1 ? "week " : "weeks ") + Prose.Join(runs);
    }
}
