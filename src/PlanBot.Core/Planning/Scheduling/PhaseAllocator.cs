using PlanBot.Core.Planning.Work;

namespace PlanBot.Core.Planning.Scheduling;

/// <summary>
/// The weeks the work takes at the team's capacity (<see cref="WeekPacker"/>), grouped into phases. The standard's
/// four phases of 3–4, 3–4, 3–4 and 2–3 weeks are the shape of plugin-sized work and an upper guide: a plan gets one
/// phase per <see cref="WeeksPerPhase"/> weeks, at most <see cref="MaxPhases"/>, so a three-week change is one or two
/// short phases. Weeks are shared out evenly (the earlier phases take the spare ones), and each phase is named by
/// the work it holds. When the plan follows the phases the documents propose (<see cref="WorkItem.Phase"/>), each of
/// them is a phase of its own. Beyond the standard's <see cref="StandardWeeks"/> weeks the plan keeps its real length
/// and the excess is overflow.
/// </summary>
internal static class PhaseAllocator
{
    public const int StandardWeeks = 15;
    public const int MaxPhases = 4;
    public const decimal WeeksPerPhase = 2m;
    public const int MaxWeeks = 104;

    public static Allocation Allocate(WorkPlan work, decimal capacity, Timeline timeline)
    {
        var hours = work.Items.Sum(i => (long)i.Hours);

        // A plan longer than two years is not a plan: beyond it the weeks carry more than the capacity, and the overflow says so.
        var weekly = Math.Max(capacity, Math.Ceiling(hours / (decimal)MaxWeeks));
        var spans = work.Items.Any(i => i.Phase is not null) ? Suggested(work.Items, weekly) : Standard(work.Items, weekly);
        var weeks = new List<IReadOnlyList<Chunk>>();
        var phases = new List<PhaseLoad>();
        foreach (var (suggested, phaseWeeks) in spans)
        {
            var chunks = phaseWeeks.SelectMany(w => w).ToList();
            phases.Add(new PhaseLoad(
                phases.Count + 1,
                weeks.Count + 1,
                phaseWeeks.Count,
                chunks.Select(c => c.Item).Distinct().ToList(),
                chunks.Where(c => c.Ends).Select(c => c.Item).Distinct().ToList(),
                (int)Math.Min(int.MaxValue, Math.Round(chunks.Sum(c => c.Hours))))
            {
                Suggested = suggested,
            });
            weeks.AddRange(phaseWeeks);
        }

        var overflow = Math.Max(0m, Math.Ceiling(hours - (capacity * StandardWeeks)));
        return new Allocation(phases, weeks, timeline, (int)Math.Min(int.MaxValue, hours), (int)Math.Min(int.MaxValue, overflow));
    }

    /// <summary>The work packed as one run of weeks, cut into the plan's own phases.</summary>
    private static IEnumerable<(int? Suggested, IReadOnlyList<IReadOnlyList<Chunk>> Weeks)> Standard(IReadOnlyList<WorkItem> items, decimal weekly)
    {
        var weeks = WeekPacker.Pack(items, weekly);
        var count = Math.Clamp((int)Math.Ceiling(weeks.Count / WeeksPerPhase), 1, MaxPhases);
        var starts = Starts(weeks.Count, count);
        for (var p = 0; p < count; p++)
        {
            var length = (p + 1 < count ? starts[p + 1] : weeks.Count) - starts[p];
            yield return (null, weeks.Skip(starts[p]).Take(length).ToList());
        }
    }

    /// <summary>Each phase the documents propose filled on its own: a phase's weeks hold only its items.</summary>
    private static IEnumerable<(int? Suggested, IReadOnlyList<IReadOnlyList<Chunk>> Weeks)> Suggested(IReadOnlyList<WorkItem> items, decimal weekly) =>
        items.GroupBy(i => i.Phase).Select(g => (g.Key, WeekPacker.Fill(g.ToList(), weekly)));

    /// <summary>The first week (from 0) of each phase: an even share, the earlier phases taking the spare weeks.</summary>
    private static int[] Starts(int weeks, int count)
    {
        var starts = new int[count];
        for (var p = 1; p < count; p++)
        {
            var phasesLeft = count - p + 1;
            starts[p] = starts[p - 1] + ((weeks - starts[p - 1] + phasesLeft - 1) / phasesLeft);
        }

        return starts;
    }
}
