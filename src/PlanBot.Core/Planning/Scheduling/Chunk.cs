using PlanBot.Core.Planning.Work;

namespace PlanBot.Core.Planning.Scheduling;

/// <summary>
/// What one week does of a work item: its tasks <see cref="FirstTask"/> to <see cref="LastTask"/> (usually all of
/// them) and their share of its hours. <see cref="Starts"/> and <see cref="Ends"/>: the week begins or finishes the
/// item; the week finishes the tasks before <see cref="CompletedTo"/> (all of them, except for a task too big for one
/// week in the weeks before its last).
/// </summary>
internal sealed record Chunk(WorkItem Item, int FirstTask, int LastTask, decimal Hours, bool Starts, bool Ends, int CompletedTo)
{
    /// <summary>The same item's next tasks, in the same week: one chunk covering both.</summary>
    public Chunk Extend(Chunk next) => this with { LastTask = next.LastTask, Hours = Hours + next.Hours, Ends = next.Ends, CompletedTo = next.CompletedTo };

    /// <summary>
    /// The acceptance criteria this chunk proves, in the week that completes the task that proves each: an item's
    /// last criteria go with its last tasks one for one (a feature's criterion tasks come last); when an item has more
    /// criteria than tasks, each task proves its share, the last criterion with the last task.
    /// </summary>
    public IReadOnlyList<string> Criteria()
    {
        var tasks = Math.Max(1, Item.Tasks.Count);
        var count = Item.Criteria.Count;
        return Item.Criteria.Where((_, j) => Task(j, count, tasks) is var task && task >= FirstTask && task < CompletedTo).ToList();
    }

    private static int Task(int criterion, int criteria, int tasks) =>
        criteria <= tasks ? tasks - criteria + criterion : (int)((((long)(criterion + 1) * tasks) + criteria - 1) / criteria) - 1;

    /// <summary>The tasks of this chunk (none for an item without tasks).</summary>
    public IReadOnlyList<string> Tasks() => Item.Tasks.Skip(FirstTask).Take(LastTask - FirstTask + 1).ToList();
}
