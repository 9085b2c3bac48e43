using PlanBot.Core.Planning.Work;

namespace PlanBot.Core.Planning.Scheduling;

/// <summary>
/// What would make an overflowing or late plan fit: the cut of requirements and the weekly capacity that would fit
/// everything. Null when no cut (or no capacity) fits, e.g. when the deadline comes before the shortest possible run
/// of the phases.
/// </summary>
internal sealed record Fit(IReadOnlyList<WorkItem>? Cut, Allocation? AfterCut, decimal? CapacityNeeded)
{
    private const decimal MaxCapacity = 1_000_000;

    /// <summary>
    /// Cuts in three steps, each as little as it can: must-haves from the last until the phases before the last stop
    /// overflowing (cutting the nice-to-haves of the last phase cannot help them), nice-to-haves from the last until the
    /// last phase stops overflowing, then more of both (nice-to-haves first) until the plan ends by the deadline.
    /// </summary>
    public static Fit Find(WorkPlan work, decimal capacity, Timeline timeline)
    {
        var must = work.Of(Stage.MustHave).Reverse().ToList();
        var nice = work.Of(Stage.NiceToHave).Reverse().ToList();
        Allocation Without(IEnumerable<WorkItem> cut) => PhaseAllocator.Allocate(work.Without(cut.ToHashSet()), capacity, timeline);

        var mustCut = Smallest(must.Count, k => Without(must.Take(k)).Phases.SkipLast(1).All(p => p.OverflowHours == 0));
        var niceCut = mustCut is null ? null : Smallest(nice.Count, k => Without(must.Take(mustCut.Value).Concat(nice.Take(k))).Phases[^1].OverflowHours == 0);
        IReadOnlyList<WorkItem>? cut = null;
        Allocation? after = null;
        if (mustCut is not null && niceCut is not null)
        {
            var rest = nice.Skip(niceCut.Value).Concat(must.Skip(mustCut.Value)).ToList();
            var first = must.Take(mustCut.Value).Concat(nice.Take(niceCut.Value)).ToList();
            var more = Smallest(rest.Count, k => Without(first.Concat(rest.Take(k))).Fits);
            if (more is not null)
            {
                cut = first.Concat(rest.Take(more.Value)).ToList();
                after = Without(cut);
            }
        }

        return new Fit(cut, after, Needed(work, capacity, timeline));
    }

    /// <summary>
    /// The smallest k in 0..<paramref name="max"/> for which <paramref name="fits"/> holds, or null. Cutting more
    /// almost always helps, so binary search finds it; rebalancing between phases 1 and 2 can break that in rare
    /// cases, which the scan after it repairs.
    /// </summary>
    private static int? Smallest(int max, Func<int, bool> fits)
    {
        if (!fits(max))
        {
            return null;
        }

        var (low, high) = (0, max);
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (fits(middle))
            {
                high = middle;
            }
            else
            {
                low = middle + 1;
            }
        }

        while (!fits(low))
        {
            low++;
        }

        return low;
    }

    private static decimal? Needed(WorkPlan work, decimal capacity, Timeline timeline)
    {
        if (!PhaseAllocator.Allocate(work, MaxCapacity, timeline).Fits)
        {
            return null;
        }

        var (low, high) = (Math.Ceiling(capacity), MaxCapacity);
        while (low < high)
        {
            var middle = Math.Floor((low + high) / 2);
            if (PhaseAllocator.Allocate(work, middle, timeline).Fits)
            {
                high = middle;
            }
            else
            {
                low = middle + 1;
            }
        }

        return low;
    }
}
