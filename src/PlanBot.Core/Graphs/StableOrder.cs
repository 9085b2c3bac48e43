namespace PlanBot.Core.Graphs;

/// <summary>
/// Things in a given order, reordered only as much as what each waits for demands: a prerequisite that came later
/// moves to just before the first thing that needs it, and a cycle is reported and broken where the walk closes it,
/// never followed round. Work items are ordered with it, and the review finds requirements that wait for each other.
/// </summary>
internal static class StableOrder
{
    /// <summary>
    /// <paramref name="items"/> with every prerequisite before the items that need it: the given order, except that a
    /// prerequisite that came later moves to just before the first item needing it; each item and prerequisite is
    /// visited once, so a large plan is ordered in one pass. The cycles found are
    /// returned, each as its items from the one the walk reached first.
    /// </summary>
    public static (List<T> Ordered, List<List<T>> Cycles) Of<T>(IReadOnlyList<T> items, Func<T, IEnumerable<T>> prerequisites)
        where T : class
    {
        var ordered = new List<T>(items.Count);
        var cycles = new List<List<T>>();
        var state = new Dictionary<T, bool>();
        var position = items.Select((item, i) => (item, i)).ToDictionary(p => p.item, p => p.i);
        var path = new List<T>();
        foreach (var item in items)
        {
            Visit(item);
        }

        return (ordered, cycles);

        // Depth first, the prerequisites in the given order: state false while on the path, true once placed.
        void Visit(T item)
        {
            if (state.TryGetValue(item, out var placed))
            {
                if (!placed)
                {
                    cycles.Add(path[path.IndexOf(item)..]);
                }

                return;
            }

            state[item] = false;
            path.Add(item);
            foreach (var prerequisite in prerequisites(item).Where(position.ContainsKey).Distinct().OrderBy(p => position[p]))
            {
                Visit(prerequisite);
            }

            path.RemoveAt(path.Count - 1);
            state[item] = true;
            ordered.Add(item);
        }
    }

}
