using PlanBot.Core.Planning.Work;

namespace PlanBot.Core.Planning.Scheduling;

/// <summary>
/// Splits the work into the standard's four phases (3–4, 3–4, 3–4 and 2–3 weeks). Phase 1 takes the foundation and
/// as many must-haves as balance it with phase 2; phase 2 the remaining must-haves and the integrations; must-haves
/// that do not fit phase 2 move to phase 3 while it has room; phase 4 the nice-to-haves and the launch. A phase gets
/// the weeks its hours need at the team's capacity, clamped to its range; what exceeds the range is overflow.
/// </summary>
internal static class PhaseAllocator
{
    public static readonly (int Min, int Max)[] Limits = [(3, 4), (3, 4), (3, 4), (2, 3)];

    public static Allocation Allocate(WorkPlan work, decimal capacity, Timeline timeline)
    {
        var must = work.Of(Stage.MustHave);
        var prefix = new long[must.Count + 1];
        for (var i = 0; i < must.Count; i++)
        {
            prefix[i + 1] = prefix[i] + must[i].Hours;
        }

        long foundation = Sum(work.Of(Stage.Foundation));
        long integration = Sum(work.Of(Stage.Integration));
        long hardening = Sum(work.Of(Stage.Hardening));
        var max1 = capacity * Limits[0].Max;
        var max2 = capacity * Limits[1].Max;
        var max3 = capacity * Limits[2].Max;

        // Phase 1 takes must-haves while their midpoint falls in the first half of phases 1–2 together.
        var half = (foundation + prefix[must.Count] + integration) / 2m;
        var a = 0;
        while (a < must.Count && foundation + prefix[a] + (must[a].Hours / 2m) <= half)
        {
            a++;
        }

        while (a > 0 && foundation + prefix[a] > max1)
        {
            a--;
        }

        while (a < must.Count && prefix[must.Count] - prefix[a] + integration > max2 && foundation + prefix[a + 1] <= max1)
        {
            a++;
        }

        var b = must.Count;
        while (b > a && prefix[b] - prefix[a] + integration > max2 && hardening + prefix[must.Count] - prefix[b - 1] <= max3)
        {
            b--;
        }

        var phases = new[]
        {
            work.Of(Stage.Foundation).Concat(must.Take(a)).ToList(),
            must.Skip(a).Take(b - a).Concat(work.Of(Stage.Integration)).ToList(),
            must.Skip(b).Concat(work.Of(Stage.Hardening)).ToList(),
            work.Of(Stage.NiceToHave).Concat(work.Of(Stage.Release)).ToList(),
        };
        return new Allocation(phases.Select((items, i) => Load(i, items, capacity)).ToList(), timeline);
    }

    private static PhaseLoad Load(int index, List<WorkItem> items, decimal capacity)
    {
        var hours = Sum(items);
        var (min, max) = Limits[index];
        var needed = (int)Math.Min(int.MaxValue, Math.Ceiling(hours / capacity));
        var weeks = Math.Clamp(needed, min, max);
        var overflow = (int)Math.Min(int.MaxValue, Math.Max(0m, Math.Ceiling(hours - (capacity * max))));
        return new PhaseLoad(index + 1, items, (int)Math.Min(int.MaxValue, hours), weeks, overflow);
    }

    private static long Sum(IEnumerable<WorkItem> items) => items.Sum(i => (long)i.Hours);
}
