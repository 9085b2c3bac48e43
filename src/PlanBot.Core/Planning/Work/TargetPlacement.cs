using PlanBot.Core.Documents;
using PlanBot.Core.Planning.Inputs;

namespace PlanBot.Core.Planning.Work;

/// <summary>The work item whose week proves a performance target: its criteria quote the target as written.</summary>
internal sealed record TargetPlacement(Sourced<PerformanceTarget> Target, WorkItem Item)
{
    public string Text => Target.Value.Text.Trim();

    /// <summary>
    /// Places every target: inside a requirement's block, with the item that delivers that requirement; else with
    /// the item whose criteria already quote it (a non-functional requirement that states it); otherwise business
    /// success metrics (<see cref="Concerns.IsBusiness"/>) with the release, measured once people use it, uptime-like
    /// targets with observability (watched in production) where something is deployed, and the rest with the load
    /// tests. The receiving item's criteria quote the target.
    /// </summary>
    public static IReadOnlyList<(Sourced<PerformanceTarget> Target, WorkDraft Item)> Place(
        PlanInputs inputs,
        Func<string, WorkDraft?> itemOfRequirement,
        IReadOnlyList<WorkDraft> items,
        WorkDraft performance,
        WorkDraft? observability,
        WorkDraft release)
    {
        var placements = new List<(Sourced<PerformanceTarget> Target, WorkDraft Item)>();
        foreach (var target in inputs.Targets)
        {
            var text = target.Value.Text.Trim();
            var metric = target.Value.Metric.Trim();
            var owner = inputs.Owner(target.Document, target.Line);
            var item = owner is null ? null : itemOfRequirement(owner.Key);
            var quoting = items.FirstOrDefault(i => i.Criteria.Any(c => c.Contains(text, StringComparison.OrdinalIgnoreCase)));
            string criterion;
            if (item is not null && owner is not null)
            {
                criterion = owner.Prefixed(text);
            }
            else if (quoting is not null)
            {
                item = quoting;
                criterion = text;
            }
            else if (Concerns.IsBusiness(text, inputs.SuccessCriteria.Any(c => c.Document == target.Document && c.Line == target.Line)))
            {
                item = release;
                criterion = Measured(text, target.Where);
            }
            else if (observability is not null && Concerns.IsAvailability(metric, text))
            {
                item = observability;
                criterion = $"Tracked by a dashboard and an alert ({target.Where}): {text}";
            }
            else
            {
                item = performance;
                criterion = $"Proven by a {Measurement.For(inputs.Kind).Test} ({target.Where}): {text}";
            }

            if (!item.Criteria.Any(c => c.Contains(text, StringComparison.OrdinalIgnoreCase)))
            {
                item.Criteria.Add(criterion);
                item.Hours += item == performance ? Estimates.PerTarget : 0;
            }

            placements.Add((target, item));
        }

        return placements;
    }

    /// <summary>A success criterion checked at release: "Success criterion measured: 95% of lines matched (PRD line 234)".</summary>
    public static string Measured(string text, string where) => $"Success criterion measured: {text} ({where})";
}
