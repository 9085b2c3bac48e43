using PlanBot.Core.Planning.Work;

namespace PlanBot.Core.Planning.Scheduling;

/// <summary>
/// What would make an overflowing or late plan fit: the cut of requirements and the weekly capacity that would fit
/// everything. <see cref="Cut"/> is null when no cut fits (the work no requirement carries is too long on its own);
/// <see cref="CapacityNeeded"/> when no capacity does (the deadline comes before the first week ends).
/// </summary>
internal sealed record Fit(IReadOnlyList<WorkItem>? Cut, Allocation? AfterCut, decimal? CapacityNeeded)
{
    private const decimal MaxCapacity = 1_000_000;

    /// <summary>
    /// Cuts as little as it can, nice-to-haves first (the least valued first), then must-haves from the last: the
    /// smallest such cut after which the plan fits.
    /// </summary>
    public static Fit Find(WorkPlan work, decimal capacity, Timeline timeline)
    {
        var candidates = work.Of(Stage.NiceToHave).Reverse().Concat(work.Of(Stage.MustHave).Reverse()).ToList();
        Allocation Without(int count) => PhaseAllocator.Allocate(work.Without(candidates.Take(count).ToHashSet()), capacity, timeline);

        var smallest = Smallest(candidates.Count, k => Without(k).Fits);
        var cut = smallest is { } k ? candidates.Take(k).ToList() : null;
        return new Fit(cut, smallest is { } count ? Without(count) : null, Needed(work, capacity, timeline));
    }

    /// <summary>
    /// The smallest k in 0..<paramref name="max"/> for which <paramref name="fits"/> holds, or null. Cutting more
    /// almost always helps, so binary search finds it; packing at task boundaries can break that in rare cases, which
    /// the scan after it repairs.
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
