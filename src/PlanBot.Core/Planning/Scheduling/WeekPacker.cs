namespace PlanBot.Core.Planning.Scheduling;

/// <summary>
/// Packs a phase's items into its weeks in order. An item bigger than one and a half weeks of capacity is split
/// into week-sized parts; items are split further (the biggest first) until every week gets something, so no week
/// is empty or generic. Weeks are then filled so each takes its share of the phase's hours; parts of one item that
/// land in the same week are one piece of work again.
/// </summary>
internal static class WeekPacker
{
    private const decimal SplitAbove = 1.5m;

    public static IReadOnlyList<IReadOnlyList<Chunk>> Pack(PhaseLoad phase, decimal capacity)
    {
        var items = phase.Items;
        if (items.Count == 0)
        {
            return Enumerable.Range(0, phase.Weeks).Select(_ => (IReadOnlyList<Chunk>)[]).ToList();
        }

        var parts = items.Select(i => i.Hours > capacity * SplitAbove ? (int)Math.Min(phase.Weeks, Math.Ceiling(i.Hours / capacity)) : 1).ToArray();
        while (parts.Sum() < phase.Weeks)
        {
            var biggest = 0;
            for (var i = 1; i < items.Count; i++)
            {
                if ((decimal)items[i].Hours / parts[i] > (decimal)items[biggest].Hours / parts[biggest])
                {
                    biggest = i;
                }
            }

            parts[biggest]++;
        }

        var chunks = items.SelectMany((item, i) => Enumerable.Range(1, parts[i]).Select(p => new Chunk(item, p, p, parts[i], (decimal)item.Hours / parts[i]))).ToList();
        var total = chunks.Sum(c => c.Hours);
        var perWeek = total == 0 ? 1 : total / phase.Weeks;
        var weeks = Enumerable.Range(0, phase.Weeks).Select(_ => new List<Chunk>()).ToList();
        var week = 0;
        var before = 0m;
        for (var i = 0; i < chunks.Count; i++)
        {
            var midpoint = before + (chunks[i].Hours / 2);
            var remainingWeeksAfter = phase.Weeks - 1 - week;
            var mustAdvance = chunks.Count - i <= remainingWeeksAfter;
            var wantsAdvance = midpoint >= perWeek * (week + 1);
            if (weeks[week].Count > 0 && remainingWeeksAfter > 0 && (mustAdvance || wantsAdvance))
            {
                week++;
            }

            var current = weeks[week];
            if (current.Count > 0 && current[^1].Item == chunks[i].Item)
            {
                current[^1] = current[^1].Extend(chunks[i]);
            }
            else
            {
                current.Add(chunks[i]);
            }

            before += chunks[i].Hours;
        }

        return weeks;
    }
}
