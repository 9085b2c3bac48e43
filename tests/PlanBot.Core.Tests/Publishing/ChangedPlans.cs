using PlanBot.Core.Planning;
using PlanBot.Core.Tests.Tracking;

namespace PlanBot.Core.Tests.Publishing;

/// <summary>The edits people make to a plan between two publishes.</summary>
internal static class ChangedPlans
{
    /// <summary>Week 2 renamed, week 12 removed, a criterion added to week 5, and a fifth phase with week 13.</summary>
    public static PlanDocument Changed(PlanDocument plan)
    {
        var phases = plan.Phases.Select(phase => phase with
        {
            Weeks = phase.Weeks
                .Where(week => week.Number != 12)
                .Select(week => week.Number switch
                {
                    2 => week with { Title = "Ledger alerts" },
                    5 => week with { AcceptanceCriteria = week.AcceptanceCriteria.Append(new Checkbox("Reconciliation report reviewed", false)).ToValueList() },
                    _ => week,
                })
                .ToValueList(),
        }).ToList();
        var added = SamplePlans.Week(13);
        phases.Add(new PlanPhase(5, "Launch", "Deliver the launch of the product.", added.Start, added.Due, new[] { added }, new[] { new Checkbox("Launch demo accepted by the product owner", false) }));
        return plan with { Phases = phases };
    }
}
