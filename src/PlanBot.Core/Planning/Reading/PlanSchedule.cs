namespace PlanBot.Core.Planning.Reading;

/// <summary>
/// Dates for what the plan leaves undated (docs/plan-format.md): a week without dates starts the Monday after
/// the previous week and ends that Friday; the first week of a dated phase starts with the phase; a phase without
/// dates spans its weeks. Weeks before the first date in the plan count back from it, one week each.
/// </summary>
internal static class PlanSchedule
{
    private const int DaysPerWeek = 7;

    public static PlanDocument Build(string title, IReadOnlyList<PhaseDraft> drafts)
    {
        var next = FirstWeekStart(drafts);
        var phases = new List<PlanPhase>(drafts.Count);
        foreach (var draft in drafts)
        {
            var weeks = new List<PlanWeek>(draft.Weeks.Count);
            foreach (var weekDraft in draft.Weeks)
            {
                var undatedStart = weeks.Count == 0 && draft.Dates is { } phaseDates ? phaseDates.Start : next;
                var week = weekDraft.ToWeek(weekDraft.Dates ?? DateRange.WorkWeek(undatedStart));
                weeks.Add(week);
                next = DateRange.MondayAfter(week.Due);
            }

            var span = draft.Dates
                ?? (weeks.Count > 0 ? new DateRange(weeks.Min(w => w.Start), weeks.Max(w => w.Due)) : DateRange.WorkWeek(next));
            phases.Add(draft.ToPhase(span, weeks.ToValueList()));
        }

        return new PlanDocument(title, phases.ToValueList());
    }

    // The start of the plan's first week: the first date written, less a week for every undated week before it.
    // A plan without any date starts on 0001-01-01 (a Monday): there is nothing to count from, and the parser
    // has no clock.
    private static DateOnly FirstWeekStart(IReadOnlyList<PhaseDraft> drafts)
    {
        var undated = 0L;
        foreach (var phase in drafts)
        {
            if (phase.Dates is { } phaseDates)
            {
                return DateRange.AddDays(phaseDates.Start, -undated * DaysPerWeek);
            }

            foreach (var week in phase.Weeks)
            {
                if (week.Dates is { } weekDates)
                {
                    return DateRange.AddDays(weekDates.Start, -undated * DaysPerWeek);
                }

                undated++;
            }
        }

        return DateOnly.MinValue;
    }
}
