namespace PlanBot.Core.Planning.Work;

/// <summary>Part <see cref="Part"/> of <see cref="Parts"/> of a work item: what one week does of it.</summary>
internal sealed record Chunk(WorkItem Item, int Part, int Parts, decimal Hours)
{
    public bool IsLast => Part == Parts;

    public string Name => Parts == 1 ? Item.Name : $"{Item.Name} ({Part}/{Parts})";

    /// <summary>
    /// This part's share of an ordered list. Front-loaded (tasks: work starts with the first part) rounds the bounds
    /// up; back-loaded (acceptance criteria: proven when the work is done) rounds them down.
    /// </summary>
    public IReadOnlyList<T> Share<T>(IReadOnlyList<T> items, bool frontLoaded)
    {
        var start = Bound(Part - 1, items.Count, frontLoaded);
        var end = Bound(Part, items.Count, frontLoaded);
        return items.Skip(start).Take(end - start).ToList();
    }

    private int Bound(int part, int count, bool roundUp) =>
        (int)(roundUp ? ((long)part * count + Parts - 1) / Parts : (long)part * count / Parts);
}
