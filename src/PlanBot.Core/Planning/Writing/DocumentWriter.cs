using System.Text.RegularExpressions;
using PlanBot.Core.Documents;
using PlanBot.Core.Planning.Inputs;
using PlanBot.Core.Planning.Scheduling;
using PlanBot.Core.Planning.Work;
using PlanBot.Core.Scoping;

namespace PlanBot.Core.Planning.Writing;

/// <summary>The trackable part of the plan: phases with their goals and criteria, weeks with what they deliver.</summary>
internal static partial class DocumentWriter
{
    private const int MaxDemosPerWeek = 4;
    private const int TitleNames = 3;

    public static PlanDocument Write(PlanContext context)
    {
        var phases = new List<PlanPhase>();
        var items = context.Breakdown.Work.Items.ToDictionary(i => i.Key, StringComparer.Ordinal);
        foreach (var load in context.Allocation.Phases)
        {
            var weeks = context.Schedule.Weeks.Where(w => w.Phase == load.Number).Select(w => Week(w) with { Needs = Needs(context, items, w) }).ToValueList();
            phases.Add(new PlanPhase(
                load.Number,
                context.PhaseName(load.Number),
                Goal(context, load),
                weeks[0].Start,
                weeks[^1].Due,
                weeks,
                Criteria(context, load).Select(c => new Checkbox(c, false)).ToValueList()));
        }

        return new PlanDocument(context.Inputs.Product, phases.ToValueList());
    }

    /// <summary>
    /// What the work starting in <paramref name="week"/> waits for that an earlier week finishes ("week 2: Shorten a
    /// link"); the foundation, which everything waits for, goes without saying.
    /// </summary>
    private static ValueList<string> Needs(PlanContext context, IReadOnlyDictionary<string, WorkItem> items, ScheduledWeek week) =>
        week.Chunks.Where(c => c.Starts)
            .SelectMany(c => c.Item.DependsOn)
            .Select(key => items.GetValueOrDefault(key))
            .OfType<WorkItem>()
            .Where(p => p.Kind != WorkKind.Foundation)
            .Select(p => (Item: p, Weeks: context.Schedule.WeeksOf(p)))
            .Where(p => p.Weeks.Count > 0 && p.Weeks[^1] < week.Number)
            .OrderBy(p => p.Weeks[^1])
            .Select(p => $"week {p.Weeks[^1]}: {p.Item.Name}")
            .Distinct(StringComparer.Ordinal)
            .ToValueList();

    private static PlanWeek Week(ScheduledWeek week)
    {
        var tasks = new List<string>();
        var deliverables = new List<string>();
        var criteria = new List<string>();
        var demos = new List<DemoScenario>();
        var traces = new List<string>();
        var traced = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var reasons = new List<string>();
        foreach (var chunk in week.Chunks)
        {
            var item = chunk.Item;
            if (chunk.Starts && item.Kind is not (WorkKind.Feature or WorkKind.Api or WorkKind.NonFunctional))
            {
                // A requirement is its own reason (the Delivers line names it); the rest of the work says what asked for it.
                reasons.Add($"{item.Name}, {item.Trigger.Reason}");
            }

            var own = chunk.Tasks();
            tasks.AddRange(own.Count > 0 ? own : [item.Name]);
            criteria.AddRange(chunk.Criteria());
            if (chunk.Ends)
            {
                deliverables.AddRange(item.Deliverables);
                // One run of a command shows every item it tests: the same command twice is one demo.
                demos.AddRange(item.Demos.Where(d => !demos.Any(o => o.Commands == d.Commands)).Take(MaxDemosPerWeek - demos.Count));
            }

            // A set beside the list: a week of a large plan collects hundreds of traces, and a search of the list per trace was quadratic.
            traces.AddRange(item.Traces.Where(traced.Add));
        }

        if (deliverables.Count == 0)
        {
            // A week that finishes no item (the first part of a long one) delivers its tasks.
            deliverables.AddRange(tasks.Take(MaxDemosPerWeek).Select(t => Done(t, "merged with its tests")));
        }

        if (criteria.Count == 0)
        {
            // A week that proves none of the documents' criteria (the first part of a long item) is accepted on its own tasks.
            criteria.AddRange(tasks.Take(MaxDemosPerWeek).Select(t => Done(t, "reviewed, merged, and its tests pass in CI")));
        }

        var names = week.Chunks.Select(Name).Distinct(StringComparer.Ordinal).ToList();
        return new PlanWeek(
            week.Number,
            Prose.List(names, TitleNames),
            week.Start,
            week.Due,
            Distinct(tasks),
            Distinct(deliverables).Select(d => new Checkbox(d, false)).ToValueList(),
            demos.ToValueList(),
            Distinct(criteria).Select(c => new Checkbox(c, false)).ToValueList(),
            traces.ToValueList())
        {
            Reasons = reasons.ToValueList(),
        };
    }

    private static string Goal(PlanContext context, PhaseLoad load)
    {
        var items = load.Finished;
        var parts = new List<string>();
        if (items.FirstOrDefault(i => i.Kind == WorkKind.Foundation) is { } foundation)
        {
            parts.Add(context.Inputs.Kind.Kind == ProjectKind.NewService ? "a running service skeleton with CI" : $"{Prose.Lower(foundation.Name)} done");
        }

        var stores = Names(items, WorkKind.DataStore, i => i.Key == "schema" ? i.Name.Replace(" schema and migrations", " schema", StringComparison.Ordinal) : i.Name.Replace(" setup", string.Empty, StringComparison.Ordinal));
        if (stores.Count > 0)
        {
            parts.Add(Prose.Join(stores) + " in place");
        }

        parts.AddRange(items.Where(i => i.Kind == WorkKind.Authentication).Select(i => Prose.Lower(i.Name)));
        var prototypes = Names(items, WorkKind.Prototype, i => i.Name.Replace(" prototype", string.Empty, StringComparison.Ordinal));
        if (prototypes.Count > 0)
        {
            parts.Add($"the riskiest {(prototypes.Count == 1 ? "integration" : "integrations")} ({Prose.Join(prototypes)}) prototyped");
        }

        if (items.Any(i => i.Kind == WorkKind.Spikes))
        {
            parts.Add("the open unknowns researched");
        }

        var mvp = Requirements(items, WorkKind.Feature, context, RequirementScope.Mvp);
        if (mvp.Count > 0)
        {
            parts.Add($"{(mvp.Count == 1 ? "must-have" : "must-haves")} {RequirementNames.List(mvp)} delivered");
        }

        parts.AddRange(items.Where(i => i.Kind == WorkKind.PhaseWork).Select(i => $"{i.Name} done"));
        var apis = Names(items, WorkKind.Api, i => i.Name);
        if (apis.Count > 0)
        {
            parts.Add(Prose.Lower(Prose.JoinSome(apis, 3)));
        }

        var integrations = Names(items, WorkKind.Integration, i => i.Name.Replace(" integration", string.Empty, StringComparison.Ordinal).Replace(" messaging", string.Empty, StringComparison.Ordinal));
        if (integrations.Count > 0)
        {
            parts.Add($"{Prose.Join(integrations)} integrated");
        }

        if (items.Any(i => i.Kind == WorkKind.Performance))
        {
            var measurement = Measurement.For(context.Inputs.Kind);
            parts.Add(context.Inputs.Targets.Count > 0 ? $"the performance targets {measurement.Proven}" : $"{measurement.Paths} {measurement.Done}");
        }

        var readiness = new List<string>();
        if (items.Any(i => i.Kind == WorkKind.Observability))
        {
            readiness.Add("observability");
        }

        if (items.Any(i => i.Kind == WorkKind.Security))
        {
            readiness.Add("a security review");
        }

        if (items.Any(i => i.Kind == WorkKind.Deployment))
        {
            readiness.Add("the release pipeline");
        }

        if (items.Any(i => i.Kind == WorkKind.Documentation))
        {
            readiness.Add("the documentation");
        }

        if (readiness.Count > 0)
        {
            parts.Add($"{(context.Inputs.Kind.Deployed ? "production" : "release")} readiness: {Prose.Join(readiness)}");
        }

        if (items.Any(i => i.Kind == WorkKind.Release))
        {
            parts.Add($"{ProjectKindNames.Subject(context.Inputs.Kind.Kind)} released");
        }

        var nice = Requirements(items, WorkKind.Feature, context, RequirementScope.NiceToHave);
        if (nice.Count > 0)
        {
            parts.Add($"the {(nice.Count == 1 ? "nice-to-have" : "nice-to-haves")} {RequirementNames.List(nice)}");
        }

        if (items.Any(i => i.Kind == WorkKind.Launch))
        {
            parts.Add(context.Inputs.SuccessCriteria.Count > 0 ? "launch readiness measured against the success criteria" : "launch readiness");
        }

        var goal = Prose.Join(parts);
        return goal.Length == 0 ? "Deliver the work of this phase." : char.ToUpperInvariant(goal[0]) + goal[1..] + ".";
    }

    private static IEnumerable<string> Criteria(PlanContext context, PhaseLoad load)
    {
        var items = load.Finished;
        yield return $"Every week of phase {Prose.Number(load.Number)} demonstrated to the product owner";
        var mvp = Requirements(items, WorkKind.Feature, context, RequirementScope.Mvp);
        if (mvp.Count > 0)
        {
            yield return $"Must-haves accepted: {RequirementNames.List(mvp, int.MaxValue)}";
        }

        var prototypes = Names(items, WorkKind.Prototype, i => i.Name.Replace(" prototype", string.Empty, StringComparison.Ordinal));
        if (prototypes.Count > 0)
        {
            yield return $"{Prose.Join(prototypes)} proven by a working prototype, limits recorded";
        }

        if (items.Any(i => i.Kind == WorkKind.Performance))
        {
            var count = context.Breakdown.Targets.Count(t => t.Item.Kind == WorkKind.Performance);
            var measurement = Measurement.For(context.Inputs.Kind);
            yield return count > 0 ? $"The {Prose.Count(count, "performance target")} of the {measurement.Tests} met" : $"{Prose.Sentence(measurement.Tests)} of {measurement.Paths} pass";
        }

        if (items.Any(i => i.Kind == WorkKind.Deployment))
        {
            yield return "Monitoring, security review and release pipeline ready for production";
        }
        else if (items.Any(i => i.Kind == WorkKind.Release))
        {
            yield return "Release published for its users";
        }

        var nice = Requirements(items, WorkKind.Feature, context, RequirementScope.NiceToHave);
        if (nice.Count > 0)
        {
            yield return $"Nice-to-haves accepted: {RequirementNames.List(nice, int.MaxValue)}";
        }

        if (items.Any(i => i.Kind == WorkKind.Launch))
        {
            yield return "Release candidate approved for general availability";
        }

        if (load.Number == context.PhaseOf(Stage.Foundation) && context.Answers.Text(QuestionIds.QualityGates) is { } gates)
        {
            yield return $"Quality gates enforced on every change: {gates}";
        }
    }

    private static List<string> Names(IEnumerable<WorkItem> items, WorkKind kind, Func<WorkItem, string> name) =>
        items.Where(i => i.Kind == kind).Select(name).ToList();

    private static List<RequirementBlock> Requirements(IEnumerable<WorkItem> items, WorkKind kind, PlanContext context, RequirementScope scope)
    {
        var inScope = context.Requirements(scope).ToDictionary(r => r.Key, StringComparer.OrdinalIgnoreCase);
        return items.Where(i => i.Kind == kind).SelectMany(i => i.RequirementKeys).Select(inScope.GetValueOrDefault).OfType<RequirementBlock>().ToList();
    }

    /// <summary>
    /// A task done, said of what it builds: "Build and test POST /v1/matches" → "POST /v1/matches: merged with its tests",
    /// "X (TRD line 9)" → "X: merged with its tests (TRD line 9)", the line it quotes kept last.
    /// </summary>
    private static string Done(string task, string how)
    {
        var built = BuildAndTest().Replace(task, "${id}", 1);
        return Citation().Match(built) is { Success: true } cited ? $"{built[..cited.Index]}: {how} {cited.Value.Trim()}" : $"{built}: {how}";
    }

    [GeneratedRegex(@"^(?<id>[^\s:]+: )?[Bb]uild and test (?:that )?")]
    private static partial Regex BuildAndTest();

    [GeneratedRegex(@"\s\((?:PRD|TRD) line \d+\)$")]
    private static partial Regex Citation();

    /// <summary>What the week's title calls the item (<see cref="WeekTitles"/>); "(continued)" in the weeks after the one that starts it.</summary>
    private static string Name(Chunk chunk) => chunk.Starts ? WeekTitles.Of(chunk.Item) : $"{WeekTitles.Of(chunk.Item)} (continued)";

    private static ValueList<string> Distinct(IEnumerable<string> items) =>
        items.Distinct(StringComparer.Ordinal).ToValueList();
}
