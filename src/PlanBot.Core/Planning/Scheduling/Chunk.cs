using PlanBot.Core.Planning.Work;

namespace PlanBot.Core.Planning.Scheduling;

/// <summary>
/// Parts <see cref="FirstPart"/> to <see cref="LastPart"/> of <see cref="Parts"/> of a work item: what one week does
/// of it (usually all of it: one part of one).
/// </summary>
internal sealed record Chunk(WorkItem Item, int FirstPart, int LastPart, int Parts, decimal Hours)
{
    public bool IsLast => LastPart == Parts;

    /// <summary>The same item's next part, in the same week: one chunk covering both.</summary>
    public Chunk Extend(Chunk next) => this with { LastPart = next.LastPart, Hours = Hours + next.Hours };

    /// <summary>
    /// This chunk's share of an ordered list. Front-loaded (tasks: work starts with the first part) rounds the bounds
    /// up; back-loaded (acceptance criteria: proven when the work is done) rounds them down.
    /// </summary>
    public IReadOnlyList<T> Share<T>(IReadOnlyList<T> items, bool frontLoaded)
    {
        var start = Bound(FirstPart - 1, items.Count, frontLoaded);
        var end = Bound(LastPart, items.Count, frontLoaded);
        return items.Skip(start).Take(end - start).ToList();
    }

    private int Bound(int part, int count, bool roundUp) =>
        (int)(roundUp ? (((long)part * count) + Parts - 1) / Parts : (long)part * count / Parts);
}
