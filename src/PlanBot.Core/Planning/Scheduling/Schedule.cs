using PlanBot.Core.Planning.Work;

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

    public static Schedule Lay(Allocation allocation)
    {
        var weeks = allocation.WeekChunks.Select((chunks, i) => i + 1).Select(number => new ScheduledWeek(
            number,
            allocation.Phases.First(p => p.Holds(number)).Number,
            allocation.Timeline.WeekStart(number),
            allocation.Timeline.WeekDue(number),
            allocation.WeekChunks[number - 1])).ToList();
        return new Schedule(allocation, weeks);
    }

    /// <summary>The weeks that work on <paramref name="item"/>, in order (empty when it is not scheduled).</summary>
    public IReadOnlyList<int> WeeksOf(WorkItem? item) => item is not null && weeksOf.TryGetValue(item, out var list) ? list : [];
}
