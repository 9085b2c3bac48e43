using PlanBot.Core.Planning.Work;

namespace PlanBot.Core.Planning.Scheduling;

/// <summary>
/// Lays the work, in order, into weeks of the team's capacity: several small items share a week, and an item that
/// does not fit the rest of a week continues in the next, at a task boundary or, when at least half of a task fits,
/// in the middle of that task (each task carries its own tests). A task bigger than a week starts at once and takes
/// the weeks it needs. No week holds more than the capacity, so weeks × capacity ≥ effort.
/// </summary>
internal static class WeekPacker
{
    private const decimal Slack = 0.01m;

    public static IReadOnlyList<IReadOnlyList<Chunk>> Pack(IReadOnlyList<WorkItem> items, decimal capacity) => Pack(items, capacity, fill: false);

    /// <summary>
    /// Packs without leaving room unused: a task starts in whatever is left of a week. A phase whose length the
    /// documents set holds exactly that many weeks of work, which fits only when no week ends early.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<Chunk>> Fill(IReadOnlyList<WorkItem> items, decimal capacity) => Pack(items, capacity, fill: true);

    private static IReadOnlyList<IReadOnlyList<Chunk>> Pack(IReadOnlyList<WorkItem> items, decimal capacity, bool fill)
    {
        // Tasks are fractions of an item's hours; filling exactly, their sum may pass a week's end by a rounding error.
        var slack = fill ? Slack : 0m;
        var weeks = new List<IReadOnlyList<Chunk>>();
        var current = new List<Chunk>();
        var room = capacity;
        foreach (var item in items)
        {
            var tasks = Math.Max(1, item.Tasks.Count);
            for (var task = 0; task < tasks; task++)
            {
                var hours = (decimal)item.Hours / tasks;
                // A task that does not fit what is left of this week starts in it only when half of it (or half a week of a
                // task longer than a week) does; otherwise the next week begins with it.
                if (current.Count > 0 && hours > room && (room <= slack || (!fill && room < Math.Min(hours, capacity) / 2)))
                {
                    weeks.Add(current);
                    (current, room) = ([], capacity);
                }

                var left = hours;
                while (left > room + slack)
                {
                    Add(current, new Chunk(item, task, task, room, task == 0 && left == hours, false, task));
                    left -= room;
                    weeks.Add(current);
                    (current, room) = ([], capacity);
                }

                Add(current, new Chunk(item, task, task, left, task == 0 && left == hours, task == tasks - 1, task + 1));
                room -= left;
            }
        }

        if (current.Count > 0 || weeks.Count == 0)
        {
            weeks.Add(current);
        }

        return weeks;
    }

    private static void Add(List<Chunk> week, Chunk chunk)
    {
        if (week.Count > 0 && week[^1].Item == chunk.Item && week[^1].LastTask < chunk.FirstTask)
        {
            week[^1] = week[^1].Extend(chunk);
        }
        else
        {
            week.Add(chunk);
        }
    }
}
