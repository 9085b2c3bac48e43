using PlanBot.Core.Documents;
using PlanBot.Core.Planning.Inputs;
using PlanBot.Core.Planning.Scheduling;
using PlanBot.Core.Planning.Work;
using PlanBot.Core.Scoping;
using PlanBot.Core.Scoping.Answers;
using PlanBot.Core.Text;

namespace PlanBot.Core.Planning.Writing;

/// <summary>Section 5 of the plan: technical and project risks, each with the week that mitigates it where there is one.</summary>
internal static class RiskWriter
{
    private const int MaxNamed = 6;

    private static readonly string[] Inexperience = ["new to", "junior", "beginner", "learning", "no experience", "little experience", "first time", "inexperienced"];

    public static ValueList<PlanRisk> Technical(PlanContext context)
    {
        var schedule = context.Schedule;
        var risks = new List<PlanRisk>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var stems = new Lazy<MitigationStems>(() => new MitigationStems(context));
        foreach (var risk in context.Inputs.Risks)
        {
            var text = risk.Value.Text.Trim();
            if (seen.Add(text))
            {
                risks.Add(new PlanRisk(text, RiskLevel.Medium, RiskLevel.High, Mitigation(context, stems.Value, text), risk.Where));
            }
        }

        var answered = context.Answers.Items(QuestionIds.TechnicalRisks).Where(seen.Add).ToList();
        risks.AddRange(answered.Select(text => new PlanRisk(text, RiskLevel.Medium, RiskLevel.High, Mitigation(context, stems.Value, text), $"answer {QuestionIds.TechnicalRisks}")));

        foreach (var unknown in context.Answers.Items(QuestionIds.Unknowns).Where(seen.Add))
        {
            risks.Add(new PlanRisk($"Unknown: {unknown}", RiskLevel.Medium, RiskLevel.Medium, $"Research spike in {schedule.Label(context.Item(WorkKind.Spikes))}", $"answer {QuestionIds.Unknowns}"));
        }

        foreach (var plan in context.Breakdown.Integrations.Where(p => p.Risky))
        {
            risks.Add(new PlanRisk(
                $"{plan.Name} behaves differently than documented (limits, errors, data)",
                RiskLevel.Medium,
                RiskLevel.High,
                $"Prototype in {schedule.Label(plan.Prototype ?? plan.Item)}, before anything builds on it",
                plan.Source));
        }

        var performance = context.Item(WorkKind.Performance);

        // Only targets somebody picked as the hardest get a row each; the default (all of them) is the standard's one row.
        var hardest = Hardest(context.Answers);
        foreach (var target in hardest)
        {
            risks.Add(new PlanRisk(
                $"Hardest target missed: {target}",
                RiskLevel.Medium,
                RiskLevel.High,
                $"Measured in {schedule.Label(ProvingItem(context, target) ?? performance)}; profiling and caching in the same week, with {context.PhaseLabel(Stage.Hardening)} as buffer",
                $"answer {QuestionIds.HardestTargets}"));
        }

        Standard(context, risks, hardest.Count == 0);
        return risks.ToValueList();
    }

    /// <summary>The targets somebody picked as the hardest; none when nobody answered (the default ticks them all).</summary>
    public static IReadOnlyList<string> Hardest(PlanAnswers answers) =>
        answers.Resolve(QuestionIds.HardestTargets)?.IsDefault == false ? answers.Items(QuestionIds.HardestTargets) : [];

    public static ValueList<PlanRisk> Project(PlanContext context)
    {
        var risks = new List<PlanRisk> { Timeline(context) };
        var capacity = context.Capacity;
        risks.Add(capacity.TeamSize == 1
            ? new PlanRisk("A single developer: nobody to review the work or cover an absence", RiskLevel.High, RiskLevel.High, "External code review every week; a second person briefed on each phase", "answer " + QuestionIds.TeamSize)
            : new PlanRisk("Resource constraints", RiskLevel.Low, RiskLevel.High, $"Plan built on {Prose.Hours(capacity.WeeklyHours)} h/week; cross-train so every area has two people who know it", "answer " + QuestionIds.TeamSize));

        if (context.Answers.Text(QuestionIds.TeamExperience) is { } experience)
        {
            var junior = Inexperience.Any(w => experience.Contains(w, StringComparison.OrdinalIgnoreCase));
            risks.Add(new PlanRisk($"Team experience: {experience}", junior ? RiskLevel.Medium : RiskLevel.Low, RiskLevel.Medium,
                "Pair on unfamiliar areas; reviews by the most experienced member; the first weeks' demos show whether estimates hold",
                "answer " + QuestionIds.TeamExperience));
        }

        if (context.Answers.Get<YesNoValue>(QuestionIds.TeamDomainExperts) is { Yes: false })
        {
            risks.Add(new PlanRisk("No domain expert on the team", RiskLevel.Medium, RiskLevel.High,
                "The product owner reviews the acceptance criteria at every phase demo; domain questions collected weekly", "answer " + QuestionIds.TeamDomainExperts));
        }

        foreach (var dependency in context.Answers.Items(QuestionIds.ExternalDependencies))
        {
            var integration = context.Breakdown.Integrations.FirstOrDefault(p =>
                dependency.Contains(p.Name, StringComparison.OrdinalIgnoreCase) || p.Name.Contains(dependency, StringComparison.OrdinalIgnoreCase));
            risks.Add(new PlanRisk($"Dependency on {dependency}", RiskLevel.Medium, RiskLevel.High,
                integration is null
                    ? "Owner, contact and date agreed in week 1; status reviewed at every phase demo"
                    : $"Test access and a contact confirmed in week 1; built in {context.Schedule.Label(integration.Prototype ?? integration.Item)}",
                "answer " + QuestionIds.ExternalDependencies));
        }

        if (context.Breakdown.Undesigned is { Count: > 0 } undesigned)
        {
            // A quality finding of the documents: what is built there is designed in its own week, so its estimate is a guess.
            risks.Add(new PlanRisk(
                $"No line of the TRD found for {Prose.Number(undesigned.Count)} {(undesigned.Count == 1 ? "requirement" : "requirements")}: {Prose.JoinSome(undesigned, MaxNamed)}",
                RiskLevel.High,
                RiskLevel.Medium,
                "Each is designed in the first task of its week and written into the TRD before it is built; those weeks' estimates are the least certain",
                "TRD"));
        }

        risks.Add(new PlanRisk("Scope creep", RiskLevel.Medium, RiskLevel.Medium, "Changes go through the PRD and TRD; PlanBot regenerates this plan from them", "plan standard"));
        risks.Add(new PlanRisk("Quality issues", RiskLevel.Low, RiskLevel.High,
            $"Quality gates from week 1 ({context.Answers.Text(QuestionIds.QualityGates) ?? "tests and code review"}); acceptance criteria every week", "plan standard"));
        return risks.ToValueList();
    }

    /// <summary>The schedule risk: overflow or a missed deadline with the cut and the capacity that would fit, or the buffer left.</summary>
    private static PlanRisk Timeline(PlanContext context)
    {
        var allocation = context.Allocation;
        var deadline = context.Timeline.Deadline;
        if (allocation.Fits)
        {
            if (deadline is { } date)
            {
                var buffer = allocation.BufferWeeks;
                return new PlanRisk("Timeline delays", RiskLevel.Medium, RiskLevel.Medium,
                    $"The plan ends on {Prose.Day(allocation.End)}: {Prose.Count(buffer, "week")} of buffer before the deadline ({Prose.Day(date)}); {context.PhaseLabel(Stage.NiceToHave)} work goes first if it is needed", "schedule");
            }

            var absorbs = context.PhaseOf(Stage.NiceToHave) switch
            {
                null => "a delay moves the end date, and the weekly demos show it early",
                1 => "the nice-to-haves, scheduled last, absorb delays of the must-haves",
                { } nice => $"phase {Prose.Number(nice)} (nice-to-haves) absorbs delays of the earlier phases",
            };
            return new PlanRisk("Timeline delays", RiskLevel.Medium, RiskLevel.Medium, $"No deadline was given; {absorbs}", "schedule");
        }

        var problem = allocation.OverflowHours > 0
            ? $"The work takes {Prose.Count(allocation.Weeks, "week")} at {Prose.Hours(context.Capacity.WeeklyHours)} h/week, more than the standard's {Prose.Number(PhaseAllocator.StandardWeeks)}: the plan shows its real length"
            : $"The plan ends on {Prose.Day(allocation.End)}, after the deadline ({Prose.Day(deadline!.Value)})";

        return new PlanRisk(problem, RiskLevel.High, RiskLevel.High, Remedy(context), "schedule");
    }

    private static string Remedy(PlanContext context)
    {
        var fit = context.Fit;
        var parts = new List<string>();
        if (fit?.Cut is { } cut && fit.AfterCut is { } after)
        {
            var names = cut.Select(i => i.RequirementKeys.Count > 0 ? string.Join(", ", i.RequirementKeys.Select(k => context.Inputs.Requirements.First(r => r.Key == k).Name)) : i.Name).ToList();
            parts.Add(cut.Count == 0
                ? "no cut needed"
                : $"cut that fits: defer {Prose.JoinSome(names, 12)} (−{Prose.Thousands(cut.Sum(i => i.Hours))} h; the plan then ends on {Prose.Day(after.End)})");
        }
        else
        {
            var fixedHours = context.Breakdown.Work.Items.Where(i => i.Stage is not (Stage.MustHave or Stage.NiceToHave)).Sum(i => i.Hours);
            parts.Add($"no cut of requirements fits: the work that is not a requirement ({Prose.Thousands(fixedHours)} h) takes {Prose.Count((int)Math.Ceiling(fixedHours / context.Capacity.WeeklyHours), "week")} on its own");
        }

        if (fit?.CapacityNeeded is { } needed)
        {
            var people = (int)Math.Ceiling(needed / context.Capacity.HoursPerPerson);
            parts.Add($"or raise capacity to {Prose.Hours(needed)} h/week (about {Prose.Count(people, "person", "people")} at {Prose.Hours(context.Capacity.HoursPerPerson)} h)");
        }
        else
        {
            parts.Add("or move the deadline: no capacity finishes the first week before it");
        }

        var text = string.Join("; ", parts);
        return char.ToUpperInvariant(text[0]) + text[1..];
    }

    private static void Standard(PlanContext context, List<PlanRisk> risks, bool targetsUnranked)
    {
        var schedule = context.Schedule;
        var inputs = context.Inputs;
        if (inputs.Targets.Count > 0 && targetsUnranked)
        {
            risks.Add(new PlanRisk("Performance targets not met", RiskLevel.Medium, RiskLevel.High, $"{Prose.Sentence(Measurement.For(inputs.Kind).Tests)} in {schedule.Label(context.Item(WorkKind.Performance))}, kept in CI afterwards", "plan standard"));
        }

        var services = context.Breakdown.Integrations.Where(p => p.Integration.Value.Kind != IntegrationKind.DataStore).ToList();
        if (services.Count > 0)
        {
            risks.Add(new PlanRisk("Complex integrations fail", RiskLevel.Low, RiskLevel.High, $"Contract tests against test environments; risky integrations prototyped in {context.PhaseLabel(Stage.Foundation)}", "plan standard"));
        }

        if (inputs.Tables.Count > 0)
        {
            risks.Add(new PlanRisk("Database design limitations", RiskLevel.Low, RiskLevel.Medium, $"Schema reviewed before the migrations of {schedule.Label(context.Breakdown.Work.Items.FirstOrDefault(i => i.Key == "schema"))}", "plan standard"));
        }

        var external = services.Where(p => p.Integration.Value.IsExternal).Select(p => p.Name).ToList();
        if (external.Count > 0)
        {
            risks.Add(new PlanRisk("Third-party API changes", RiskLevel.Low, RiskLevel.Medium, $"Adapters around {Prose.JoinSome(external, 4)} with contract tests in CI", "plan standard"));
        }
    }

    /// <summary>
    /// The week whose work the risk names, as "Addressed in week 5 (…)": most shared words with an item's name (which
    /// count double) and its traces; ties go to the earlier item.
    /// </summary>
    private static string Mitigation(PlanContext context, MitigationStems candidates, string risk)
    {
        var stems = Words.Stems(risk).Where(s => !Words.Has(candidates.Product, s)).ToList();
        WorkItem? best = null;
        var bestScore = 0;
        foreach (var (item, nameStems, traceStems) in candidates.Items)
        {
            var score = (2 * Words.Overlap(stems, nameStems)) + Words.Overlap(stems, traceStems);
            if (score > bestScore)
            {
                best = item;
                bestScore = score;
            }
        }

        return best is null
            ? "Reviewed at every phase demo; owner named in week 1"
            : $"Addressed in {context.Schedule.Label(best)} ({best.Name}); reviewed at every phase demo";
    }

    /// <summary>The stems <see cref="Mitigation"/> compares a risk with, taken once for all risks rather than per risk and item.</summary>
    private sealed class MitigationStems(PlanContext context)
    {
        public IReadOnlyList<string> Product { get; } = Words.Stems(context.Inputs.Product);

        public List<(WorkItem Item, IReadOnlyList<string> Name, IReadOnlyList<string> Traces)> Items { get; } = context.Breakdown.Work.Items
            .Select(item => (item, Words.Stems(item.Name), Words.Stems(string.Join(' ', item.Traces.Where(t => !t.Contains('§', StringComparison.Ordinal))))))
            .ToList();
    }

    private static WorkItem? ProvingItem(PlanContext context, string target) =>
        context.Breakdown.Targets.FirstOrDefault(t => string.Equals(t.Text, target.Trim(), StringComparison.OrdinalIgnoreCase))?.Item;
}
