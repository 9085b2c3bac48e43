using PlanBot.Core.Planning.Work;
using PlanBot.Core.Planning.Writing;

namespace PlanBot.Core.Planning.Scheduling;

/// <summary>The allocation laid out on the calendar, week by week, with where each item landed.</summary>
internal sealed class Schedule
{
    private readonly Dictionary<WorkItem, List<int>> weeksOf = [];

    private Schedule(Allocation allocation, IReadOnlyList<ScheduledWeek> weeks)
    {
        Allocation = allocation;
        Weeks = weeks;
        foreach (var week in weeks)
        {
            foreach (var chunk in week.Chunks)
            {
                if (!weeksOf.TryGetValue(chunk.Item, out var list))
                {
                    list = [];
                    weeksOf[chunk.Item] = list;
                }

                if (!list.Contains(week.Number))
                {
                    list.Add(week.Number);
                }
            }
        }
    }

    public Allocation Allocation { get; }

    public IReadOnlyList<ScheduledWeek> Weeks { get; }

    public static Schedule Lay(Allocation allocation, decimal capacity)
    {
        var weeks = new List<ScheduledWeek>();
        foreach (var phase in allocation.Phases)
        {
            foreach (var chunks in WeekPacker.Pack(phase, capacity))
            {
                var number = weeks.Count + 1;
                weeks.Add(new ScheduledWeek(number, phase.Number, allocation.Timeline.WeekStart(number), allocation.Timeline.WeekDue(number), chunks));
            }
        }

        return new Schedule(allocation, weeks);
    }

    /// <summary>The weeks that work on <paramref name="item"/>, in order (empty when it is not scheduled).</summary>
    public IReadOnlyList<int> WeeksOf(WorkItem? item) => item is not null && weeksOf.TryGetValue(item, out var list) ? list : [];

    public string Label(WorkItem? item) => Label(WeeksOf(item));

    /// <summary>"week 3", "weeks 5–6", "weeks 3–7 and 9" (ascending week numbers), or "not scheduled".</summary>
    public static string Label(IReadOnlyList<int> weeks)
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
