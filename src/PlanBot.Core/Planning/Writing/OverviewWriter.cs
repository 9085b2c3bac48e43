using PlanBot.Core.Documents;
using PlanBot.Core.Planning.Inputs;
using PlanBot.Core.Planning.Work;
using PlanBot.Core.Scoping;

namespace PlanBot.Core.Planning.Writing;

/// <summary>Section 1 of the plan: project summary, implementation philosophy and success criteria.</summary>
internal static class OverviewWriter
{
    private const int LowComplexity = 20;
    private const int HighComplexity = 45;

    public static PlanSummary Summary(PlanContext context)
    {
        var inputs = context.Inputs;
        var allocation = context.Allocation;
        var functional = inputs.Requirements.Count(r => r.Requirement.Kind == RequirementKind.Functional);
        var services = inputs.Integrations.Count(i => i.Value.Kind != IntegrationKind.DataStore);
        var score = inputs.Endpoints.Count + inputs.Tables.Count + (3 * services) + (2 * inputs.Targets.Count) + functional;
        var complexity = score < LowComplexity ? PlanComplexity.Low : score < HighComplexity ? PlanComplexity.Medium : PlanComplexity.High;
        var reason = Prose.Join(new[]
        {
            Counted(functional, "functional requirement"),
            Counted(inputs.Endpoints.Count, "endpoint"),
            Counted(inputs.Tables.Count, "table"),
            Counted(inputs.Integrations.Count, "integration"),
            Counted(inputs.Targets.Count, "performance target"),
        });
        return new PlanSummary(
            inputs.Product,
            context.Timeline.Start,
            allocation.End,
            allocation.Weeks,
            context.Capacity.Team,
            context.Capacity.TeamSize,
            context.Capacity.WeeklyHours,
            allocation.Hours,
            complexity,
            reason.Length == 0 ? "the documents name no requirement, endpoint, table, integration or target" : reason,
            BusinessValue(inputs),
            context.Timeline.Deadline,
            allocation.OverflowHours,
            allocation.MeetsDeadline,
            context.Answers.Items(QuestionIds.Milestones).ToValueList());
    }

    public static ValueList<PlanPoint> Philosophy(PlanContext context)
    {
        var schedule = context.Schedule;
        var points = new List<PlanPoint>
        {
            new("Atomic Phases", context.Allocation.Phases.Count == 1
                ? "The single phase ends with a demo and acceptance criteria of its own, and leaves the product releasable."
                : $"Each of the {Prose.Number(context.Allocation.Phases.Count)} phases ends with a demo and acceptance criteria of its own, and leaves the product releasable."),
        };

        var mvp = context.Requirements(RequirementScope.Mvp);
        var nice = context.Requirements(RequirementScope.NiceToHave);
        var mustWeeks = context.Breakdown.Work.Of(Stage.MustHave).SelectMany(schedule.WeeksOf).Order().ToList();
        var niceWeeks = context.Breakdown.Work.Of(Stage.NiceToHave).SelectMany(schedule.WeeksOf).Order().Distinct().ToList();
        points.Add(new PlanPoint("Incremental Value", mvp.Count == 0
            ? "Foundation first, then the features in the order the PRD lists them."
            : context.Breakdown.Phases is { } phases
            ? $"In the order of the phases the {Source.Name(phases.Phases[0].Document)} proposes ({phases.Where}): must-haves {RequirementNames.List(mvp)} in {WeekLabels.Of(mustWeeks.Distinct().ToList())}"
              + (nice.Count == 0 ? "." : $", nice-to-haves {RequirementNames.List(nice)} in {WeekLabels.Of(niceWeeks)}.")
            : $"Must-haves first ({RequirementNames.List(mvp)}, {WeekLabels.Of(mustWeeks.Distinct().ToList())})"
              + (nice.Count == 0 ? "." : $", nice-to-haves after them ({RequirementNames.List(nice)}, {context.PhaseLabel(Stage.NiceToHave)}).")));

        var prototypes = context.Breakdown.Integrations.Where(p => p.Risky)
            .Select(p => $"{p.Name} ({schedule.Label(p.Prototype ?? p.Item)})")
            .ToList();
        points.Add(new PlanPoint("Risk Mitigation", prototypes.Count > 0
            ? $"The riskiest integrations are proven first: {Prose.Join(prototypes)}."
            : "The foundation, the data model and the integrations come first; no integration was flagged as risky."));

        var gates = context.Answers.Text(QuestionIds.QualityGates);
        var documentation = context.Answers.Text(QuestionIds.Documentation);
        points.Add(new PlanPoint("Quality First", $"Quality gates on every change ({gates ?? "tests and code review"}); documentation kept current ({documentation ?? "with every week's deliverables"})."));
        return points.ToValueList();
    }

    public static ValueList<PlanPoint> SuccessCriteria(PlanContext context)
    {
        var inputs = context.Inputs;
        var mvp = context.Requirements(RequirementScope.Mvp);
        var nice = context.Requirements(RequirementScope.NiceToHave);
        var points = new List<PlanPoint>
        {
            new("Functional", mvp.Count == 0
                ? "Every feature of the PRD implemented and tested"
                : $"The {Prose.Count(mvp.Count, "must-have requirement")} ({RequirementNames.List(mvp)}) implemented and tested"
                  + (nice.Count == 0 ? string.Empty : $"; then the {Prose.Count(nice.Count, "nice-to-have")} ({RequirementNames.List(nice)})")),
            new("Performance", inputs.Targets.Count == 0
                ? $"The documents state no measurable target: the {Measurement.For(inputs.Kind).Tests} set the baseline"
                : $"All {Prose.Count(inputs.Targets.Count, "performance target")} achieved: {string.Join("; ", inputs.Targets.Select(t => t.Value.Text.Trim()))}"),
            new("Quality", Prose.Sentence(context.Answers.Text(QuestionIds.QualityGates) ?? "80%+ test coverage, security review passed")),
        };

        points.AddRange(inputs.SuccessCriteria.Count == 0
            ? [new PlanPoint("Business", $"The PRD states no success criteria: agree them with the product owner before {context.PhaseLabel(Stage.Release)}")]
            : inputs.SuccessCriteria.Select(c => new PlanPoint("Business", $"{c.Value.Text.Trim()} ({c.Where})")));
        return points.ToValueList();
    }

    private static string BusinessValue(PlanInputs inputs)
    {
        if (inputs.SuccessCriteria.Count > 0)
        {
            var first = inputs.SuccessCriteria[0].Value.Text.Trim().TrimEnd('.');
            return inputs.SuccessCriteria.Count == 1 ? first : $"{first} (and {Prose.Count(inputs.SuccessCriteria.Count - 1, "more success criterion", "more success criteria")})";
        }

        return inputs.Section(SectionRole.ExecutiveSummary) is { } summary
            ? $"as the PRD's {summary.Value.Title.Trim()} describes it ({summary.Where})"
            : "not stated in the PRD";
    }

    private static string Counted(int count, string noun) => count == 0 ? string.Empty : Prose.Count(count, noun);
}
