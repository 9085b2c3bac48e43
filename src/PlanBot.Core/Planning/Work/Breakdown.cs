using PlanBot.Core.Documents;
using PlanBot.Core.Graphs;
using PlanBot.Core.Planning.Inputs;

namespace PlanBot.Core.Planning.Work;

/// <summary>
/// The documents and answers broken down into work: every requirement, endpoint, table, integration and target has
/// an item that delivers it. What the narrative needs to explain the plan comes along (scopes, target and
/// integration placements, the integrations treated as risky).
/// </summary>
internal sealed record Breakdown(
    WorkPlan Work,
    IReadOnlyList<ScopedRequirement> Scopes,
    IReadOnlyList<TargetPlacement> Targets,
    IReadOnlyList<IntegrationPlan> Integrations,
    IReadOnlyList<Sourced<ApiEndpoint>> HealthEndpoints,
    IReadOnlyList<(Sourced<UserStory> Story, Feature? Feature)> Stories,
    RiskyIntegrations Risky)
{
    /// <summary>The project keeps data worth a backup: a table of its own, or a store that is not only a cache.</summary>
    public bool StoresData { get; init; }

    /// <summary>The requirements no line of the TRD was found for, as prose names them: designed before they are built.</summary>
    public IReadOnlyList<string> Undesigned { get; init; } = [];

    /// <summary>The effort the documents state, which set the total; null when they state none.</summary>
    public StatedEffort? Stated { get; init; }

    /// <summary>PlanBot's own estimate, before <see cref="Stated"/> or the phases' lengths calibrated it.</summary>
    public int EstimatedHours { get; init; }

    /// <summary>The phases the documents propose, when the plan follows them.</summary>
    public DocumentPhases? Phases { get; init; }

    /// <summary>Items that wait for each other, each cycle in the order it was found: for a person to decide which comes first.</summary>
    public IReadOnlyList<IReadOnlyList<WorkItem>> Cycles { get; init; } = [];

    public static Breakdown Build(PlanInputs inputs, PlanAnswers answers, decimal weeklyHours, StatedEffort? stated = null)
    {
        var scopes = ScopeDecision.Decide(inputs, answers);
        var features = FeatureItems.Features(inputs, scopes);
        var authenticated = inputs.Integrations.Any(i => IntegrationItems.IsIdentityProvider(i.Value));
        var links = EndpointLinks.Link(inputs.Endpoints, features, inputs.Product);
        var pieces = PieceLinks.Link(inputs.Pieces, features, inputs);
        var statements = PieceLinks.Link(inputs.Statements, features, inputs);
        var featureItems = features.Select(f => (Feature: f, Item: FeatureItems.Item(f, links, pieces, statements, authenticated, inputs.Tests))).ToList();
        var apiItems = links.Groups.Select(g => FeatureItems.ApiGroup(g.Resource, g.Endpoints, authenticated)).ToList();
        var reads = CrossCuttingItems.ReadEndpoints(inputs, links);
        var quoted = features.SelectMany(f => FeatureItems.Lines(f, pieces, statements)).Select(p => (p.Document, p.Line)).ToHashSet();
        var said = IntegrationLines.Link(inputs.Pieces.Concat(inputs.Statements).ToList(), inputs.Integrations, quoted, inputs);
        var integrations = IntegrationItems.Build(inputs, answers, featureItems, said, reads.FirstOrDefault());

        // Only now that the systems a feature is built on have added what the TRD says of them is it known which
        // features nothing describes: those are designed first.
        var undesigned = featureItems
            .Where(f => FeatureItems.DesignFirst(
                f.Feature,
                f.Item,
                links.Of(f.Feature).Count > 0 || FeatureItems.Lines(f.Feature, pieces, statements).Count > 0 || f.Feature.Criteria.Count > 0
                    || integrations.Plans.Any(p => p.Item == f.Item && said.Of(p.Integration.Value).Count > 0)))
            .Select(f => f.Feature.Mention)
            .ToList();

        // Only the stores the project owns are tuned, migrated and backed up.
        var stores = OwnedStores.Of(inputs).Select(i => i.Value.Name.Trim()).ToList();
        var primary = stores.FirstOrDefault(IntegrationItems.IsRelational);
        var cache = stores.FirstOrDefault(IntegrationItems.IsCache);

        // Data worth a backup: a table the TRD defines, or a store that is not only a cache.
        var storesData = inputs.Tables.Count > 0 || stores.Any(s => !IntegrationItems.IsCache(s));
        var nonFunctional = scopes.Where(s => s.Scope == RequirementScope.CrossCutting)
            .Select(s => (Block: new NonFunctionalBlock(s.Block, TargetsIn(inputs, s.Block)), Concern: ConcernOf(s.Block.Requirement)))
            .ToList();
        IReadOnlyList<NonFunctionalBlock> Of(Concern concern) => nonFunctional.Where(n => n.Concern == concern).Select(n => n.Block).ToList();

        // Only what is deployed is watched, operated and goes live; a library, tool or app is released instead.
        var deployed = inputs.Kind.Deployed;
        var foundation = CrossCuttingItems.Foundation(inputs, answers, links, stores);
        var spikes = CrossCuttingItems.Spikes(answers);
        // Performance work only where there is something to measure: a stated target, an endpoint or a performance requirement.
        var measured = inputs.Targets.Count > 0 || inputs.Endpoints.Count > 0 || Of(Concern.Performance).Count > 0;
        var performance = measured ? CrossCuttingItems.Performance(inputs, answers, Of(Concern.Performance), cache, primary, authenticated, reads) : null;
        var observability = deployed || Of(Concern.Observability).Count > 0 ? CrossCuttingItems.Observability(inputs, answers, Of(Concern.Observability), links) : null;
        var security = CrossCuttingItems.Security(inputs, answers, Of(Concern.Security), authenticated);
        var deployment = deployed ? CrossCuttingItems.Deployment(inputs, answers, Of(Concern.Availability), primary, storesData) : null;
        var documentation = CrossCuttingItems.Documentation(inputs, answers);
        var others = Of(Concern.Other).Select(CrossCuttingItems.NonFunctional);
        // The last item: a service's go-live, or the release of what is not deployed, when everything it ships is done.
        var last = deployed ? CrossCuttingItems.Launch(inputs, answers) : Foundations.Release(inputs, answers, Of(Concern.Availability));

        var hardening = new[] { observability, security, deployment }.OfType<WorkDraft>().Concat(others).Append(documentation).ToList();
        var byRequirement = featureItems.Select(f => f.Item).Concat(hardening).Append(last).Concat(performance is null ? [] : [performance]).ToList();

        // Without a performance item there is no target to place.
        var targets = performance is null ? [] : TargetPlacement.Place(
            inputs,
            key => byRequirement.FirstOrDefault(i => i.RequirementKeys.Contains(key, StringComparer.OrdinalIgnoreCase)),
            byRequirement,
            performance,
            observability,
            last);

        // The success criteria are checked last, and added only now: one that repeats a target does not take its proof
        // away from the week that measures it.
        CrossCuttingItems.Ready(last, inputs, answers);
        CriterionPlacement.Place(inputs.LooseCriteria, featureItems, last);
        var nice = featureItems.Where(f => f.Feature.Scope == RequirementScope.NiceToHave).OrderBy(f => Rank(f.Feature.Priority)).Select(f => f.Item);
        var stages = new (Stage Stage, IEnumerable<WorkDraft> Drafts)[]
        {
            (Stage.Foundation, [foundation, .. integrations.Foundation, .. spikes is null ? Array.Empty<WorkDraft>() : [spikes]]),
            (Stage.MustHave, [.. featureItems.Where(f => f.Feature.Scope == RequirementScope.Mvp).Select(f => f.Item), .. apiItems]),
            (Stage.Integration, [.. integrations.Later, .. performance is null ? Array.Empty<WorkDraft>() : [performance]]),
            (Stage.Hardening, hardening),
            (Stage.NiceToHave, nice),
            (Stage.Release, [last]),
        };
        var staged = stages.SelectMany(s => s.Drafts.Select(d => (Draft: d, s.Stage))).ToList();
        var proposed = DocumentPhases.Of(inputs);
        var phases = proposed is { Followed: true } ? proposed : null;
        var unordered = phases is null ? staged.Select(d => (d.Draft, d.Stage, Phase: (int?)null)).ToList() : Phased(phases, staged);
        Dependencies.Link(unordered.Select(d => (d.Draft, d.Stage)).ToList());
        if (proposed is { Followed: false } sequence)
        {
            sequence.Sequence(staged);
        }

        var (drafts, cycles) = Ordered(unordered);
        var estimated = drafts.Sum(d => d.Draft.Hours);
        if (stated is not null)
        {
            // The documents' estimate sets the total; each item keeps its share of it.
            Scale(drafts.Select(d => d.Draft).ToList(), stated.Hours);
        }
        else if (phases is not null)
        {
            // A phase with a length takes that many weeks at the team's capacity; its items keep their shares.
            foreach (var group in drafts.GroupBy(d => d.Phase!.Value))
            {
                if (phases.Phases[group.Key].Value.Weeks is { } weeks)
                {
                    Scale(group.Select(d => d.Draft).ToList(), (int)Math.Round(weeks * weeklyHours));
                }
            }
        }

        var items = drafts.Select(d => (d.Draft, Item: d.Draft.Freeze(d.Stage, d.Phase))).ToList();
        var frozen = items.ToDictionary(i => i.Draft, i => i.Item);
        return new Breakdown(
            new WorkPlan(items.Select(i => i.Item).ToList()),
            scopes,
            targets.Select(t => new TargetPlacement(t.Target, frozen[t.Item])).ToList(),
            integrations.Plans.Select(p => new IntegrationPlan(p.Integration, frozen[p.Item], p.Prototype is null ? null : frozen[p.Prototype], p.Risky, p.Source)).ToList(),
            links.Health,
            StoriesOf(inputs, featureItems),
            integrations.Risky)
        {
            StoresData = storesData,
            Undesigned = undesigned,
            Stated = stated,
            EstimatedHours = estimated,
            Phases = phases,
            Cycles = cycles.Select(c => (IReadOnlyList<WorkItem>)c.Select(d => frozen[d]).ToList()).ToList(),
        };
    }

    /// <summary>
    /// The drafts in an order that respects what each waits for: a prerequisite in a later phase of the documents moves
    /// to the phase of the first item that needs it, then each prerequisite comes before the items that need it.
    /// </summary>
    private static (List<(WorkDraft Draft, Stage Stage, int? Phase)> Drafts, List<List<WorkDraft>> Cycles) Ordered(List<(WorkDraft Draft, Stage Stage, int? Phase)> drafts)
    {
        var phase = drafts.ToDictionary(d => d.Draft, d => d.Phase);
        for (var changed = true; changed;)
        {
            changed = false;
            foreach (var (draft, _, _) in drafts)
            {
                foreach (var prerequisite in draft.Prerequisites)
                {
                    if (phase[prerequisite] > phase[draft])
                    {
                        phase[prerequisite] = phase[draft];
                        changed = true;
                    }
                }
            }
        }

        // OrderBy is stable: within a phase, the items keep the order of their stages.
        var byDraft = drafts.ToDictionary(d => d.Draft, d => (d.Draft, d.Stage, Phase: phase[d.Draft]));
        var (ordered, cycles) = StableOrder.Of(drafts.Select(d => d.Draft).OrderBy(d => phase[d]).ToList(), d => d.Prerequisites);
        return (ordered.Select(d => byDraft[d]).ToList(), cycles);
    }

    /// <summary>
    /// The drafts in the documents' phases, phase by phase, with an item for each phase that builds nothing of the
    /// requirements: what the phase says it does and its items leave undone ("System Actions: SystemActionService for
    /// all IntentAction cases…").
    /// </summary>
    private static List<(WorkDraft Draft, Stage Stage, int? Phase)> Phased(DocumentPhases phases, IReadOnlyList<(WorkDraft Draft, Stage Stage)> drafts)
    {
        var assigned = phases.Assign(drafts);
        var phased = drafts.Select((d, i) => (d.Draft, d.Stage, Phase: (int?)assigned[i])).ToList();
        for (var phase = 0; phase < phases.Phases.Count; phase++)
        {
            var inPhase = phased.Where(d => d.Phase == phase).Select(d => d.Draft).ToList();
            if (!DocumentPhases.Builds(inPhase.Select(d => d.Kind)) && phases.Item(phase, inPhase.Select(d => d.Name).ToList()) is { } item)
            {
                phased.Add((item, Stage.MustHave, phase));
            }
        }

        return phased;
    }

    /// <summary>
    /// Sets the drafts' hours to <paramref name="total"/> exactly, each keeping its share of their sum: the hours the
    /// rounding leaves go to the largest remainders, so a phase of two weeks holds two weeks of work and not an hour more.
    /// </summary>
    private static void Scale(IReadOnlyList<WorkDraft> drafts, int total)
    {
        var sum = drafts.Sum(d => (long)d.Hours);
        if (sum <= 0 || total < drafts.Count)
        {
            return;
        }

        var shares = drafts.Select(d => d.Hours * (decimal)total / sum).ToList();
        var hours = shares.Select(s => Math.Max(1, (int)Math.Floor(s))).ToList();
        var left = total - hours.Sum();
        foreach (var i in Enumerable.Range(0, drafts.Count).OrderByDescending(i => shares[i] - Math.Floor(shares[i])).ThenBy(i => i).Take(Math.Max(0, left)))
        {
            hours[i]++;
        }

        for (var i = 0; i < drafts.Count; i++)
        {
            drafts[i].Hours = hours[i];
        }
    }

    /// <summary>
    /// The PRD's user stories with an id that are not themselves the features, each with the feature it is about: a
    /// story is traced through the requirement that delivers it.
    /// </summary>
    private static List<(Sourced<UserStory> Story, Feature? Feature)> StoriesOf(PlanInputs inputs, IReadOnlyList<(Feature Feature, WorkDraft Item)> features) =>
        inputs.Stories
            .Where(s => s.Document == DocumentKind.Prd && !string.IsNullOrWhiteSpace(s.Value.Id) && !features.Any(f => string.Equals(f.Feature.Id, s.Value.Id.Trim(), StringComparison.OrdinalIgnoreCase)))
            .DistinctBy(s => s.Value.Id!.Trim(), StringComparer.OrdinalIgnoreCase)
            .Select(s => (s, FeatureMatch.Best($"{s.Value.Goal} {s.Value.Benefit}", features)?.Feature))
            .ToList();

    private static IReadOnlyList<string> TargetsIn(PlanInputs inputs, RequirementBlock block) =>
        inputs.TargetMentions.Where(t => block.Contains(t.Document, t.Line)).Select(t => t.Value.Text.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    private static Concern ConcernOf(Requirement requirement)
    {
        var byTitle = Concerns.Of(requirement.Title);
        return byTitle != Concern.Other ? byTitle : Concerns.Of(string.Join(' ', requirement.AcceptanceCriteria));
    }

    /// <summary>Nice-to-haves in the order the PRD values them; OrderBy is stable, so document order breaks ties.</summary>
    private static int Rank(Priority priority) => priority switch
    {
        Priority.MustHave => 0,
        Priority.ShouldHave => 1,
        Priority.Unspecified => 2,
        Priority.CouldHave => 3,
        _ => 4,
    };
}
