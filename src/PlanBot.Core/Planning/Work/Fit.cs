namespace PlanBot.Core.Planning.Work;

/// <summary>
/// What would make an overflowing or late plan fit: the smallest cut of requirements (nice-to-haves first, from the
/// last) and the weekly capacity that would fit everything. Null when no cut (or no capacity) fits, e.g. when the
/// deadline comes before the shortest possible run of the four phases.
/// </summary>
internal sealed record Fit(IReadOnlyList<WorkItem>? Cut, Allocation? AfterCut, decimal? CapacityNeeded)
{
    private const decimal MaxCapacity = 1_000_000;

    public static Fit Find(WorkPlan work, decimal capacity, Timeline timeline)
    {
        var order = work.CutOrder;
        bool Fits(int count, out Allocation allocation)
        {
            allocation = PhaseAllocator.Allocate(work.Without(order.Take(count).ToHashSet()), capacity, timeline);
            return allocation.Fits;
        }

        IReadOnlyList<WorkItem>? cut = null;
        Allocation? after = null;
        if (Fits(order.Count, out _))
        {
            // Cutting more almost always shortens the plan, so binary search finds the smallest cut; rebalancing between
            // phases 1 and 2 can break that in rare cases, which the scan after it repairs.
            var (low, high) = (0, order.Count);
            while (low < high)
            {
                var middle = (low + high) / 2;
                if (Fits(middle, out _))
                {
                    high = middle;
                }
                else
                {
                    low = middle + 1;
                }
            }

            Allocation allocation;
            while (!Fits(low, out allocation))
            {
                low++;
            }

            cut = order.Take(low).ToList();
            after = allocation;
        }

        return new Fit(cut, after, Needed(work, capacity, timeline));
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
