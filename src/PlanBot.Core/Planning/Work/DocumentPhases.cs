using PlanBot.Core.Documents;
using PlanBot.Core.Documents.Analysis;
using PlanBot.Core.Planning.Inputs;
using PlanBot.Core.Planning.Writing;
using PlanBot.Core.Text;

namespace PlanBot.Core.Planning.Work;

/// <summary>
/// The phases the documents propose, which the plan follows (names, order and lengths) when
/// <see cref="ProposedPhases.Followed"/> says it can ("Phase 1 — App Shell (2 weeks): …"). Each item goes to the phase whose words its name shares most; the set-up goes to
/// the first phase and the go-live or release to the last; an item that shares words with no phase goes, by its stage,
/// to the first phase (what the rest stands on), the last (hardening, nice-to-haves) or the phase of the item before it
/// (features and integrations). A phase that builds nothing of the documents' requirements is planned from what it says
/// it does. Phases the plan cannot follow (no lengths: "Suggested implementation sequence", a roadmap) still give the
/// order of the features they name (<see cref="Sequence"/>).
/// </summary>
internal sealed class DocumentPhases
{
    private const int MaxTaskLength = 200;

    private readonly IReadOnlyList<IReadOnlyList<string>> stems;

    private DocumentPhases(IReadOnlyList<Sourced<SuggestedPhase>> phases, string where)
    {
        Where = where;
        Phases = phases;
        stems = phases.Select(p => Words.Stems($"{Name(p.Value)} {p.Value.Work}")).ToList();
    }

    public IReadOnlyList<Sourced<SuggestedPhase>> Phases { get; }

    /// <summary>"PRD lines 227–230": where the documents propose the phases.</summary>
    public string Where { get; }

    /// <summary>Whether the plan takes these phases as its own; otherwise they only order the features.</summary>
    public bool Followed { get; private init; }

    /// <summary>The phases or the sequence the documents propose, or null when they propose fewer than two.</summary>
    public static DocumentPhases? Of(PlanInputs inputs)
    {
        if (inputs.SuggestedPhases.Count < 2)
        {
            return null;
        }

        var proposed = new ProposedPhases(inputs.SuggestedPhases[0].Document, inputs.SuggestedPhases.Select(p => p.Value).ToValueList());
        return new DocumentPhases(inputs.SuggestedPhases, proposed.Where) { Followed = proposed.Followed };
    }

    /// <summary>
    /// Orders the features as the sequence does: each feature whose name points to an entry waits for the features of
    /// the nearest earlier entry of the same stage, so a must-have never waits for a nice-to-have.
    /// </summary>
    public void Sequence(IReadOnlyList<(WorkDraft Draft, Stage Stage)> drafts)
    {
        var names = drafts.Select(d => Words.Stems(d.Draft.Name)).ToList();
        foreach (var stage in drafts.Select(d => d.Stage).Distinct())
        {
            var entries = drafts.Where(d => d.Stage == stage && d.Draft.Kind == WorkKind.Feature)
                .Select(d => (d.Draft, Entry: Best(d.Draft, names)))
                .Where(d => d.Entry is not null)
                .GroupBy(d => d.Entry!.Value)
                .OrderBy(g => g.Key)
                .Select(g => g.Select(d => d.Draft).ToList())
                .ToList();
            for (var e = 1; e < entries.Count; e++)
            {
                foreach (var draft in entries[e])
                {
                    entries[e - 1].ForEach(draft.Needs);
                }
            }
        }
    }

    /// <summary>"App Shell" for "Phase 1 — App Shell".</summary>
    public static string Name(SuggestedPhase phase) => PhaseReader.WithoutLabel(phase.Name);

    /// <summary>The phase (from 0) of each draft, in the order given.</summary>
    public IReadOnlyList<int> Assign(IReadOnlyList<(WorkDraft Draft, Stage Stage)> drafts)
    {
        var last = Phases.Count - 1;
        var assigned = new List<int>(drafts.Count);
        var previous = 0;
        var names = drafts.Select(d => Words.Stems(d.Draft.Name)).ToList();
        foreach (var (draft, stage) in drafts)
        {
            var phase = draft.Kind == WorkKind.Foundation ? 0
                : stage == Stage.Release ? last
                : Best(draft, names) is { } best ? best
                : stage == Stage.Foundation ? 0
                : stage is Stage.Hardening or Stage.NiceToHave || draft.Kind == WorkKind.Performance ? last
                : previous;
            assigned.Add(phase);
            previous = phase;
        }

        return assigned;
    }

    /// <summary>Whether a phase holding <paramref name="kinds"/> builds something of the documents, or only works around it.</summary>
    public static bool Builds(IEnumerable<WorkKind> kinds) =>
        kinds.Any(k => k is WorkKind.Feature or WorkKind.Api or WorkKind.Integration or WorkKind.DataStore or WorkKind.Authentication);

    /// <summary>
    /// The phase sharing the most words with an item's name, when one shares more than every other: a phase says in a
    /// few words what it does, so one shared word is enough ("reports" in "Operations: reports, layouts"). A word counts
    /// less the more items' names hold it: in "Configurable statement layouts", "layouts" says more than "statement",
    /// which "Statement import" has too. Between phases the name ties with, the words of its tasks decide.
    /// </summary>
    private int? Best(WorkDraft draft, IReadOnlyList<IReadOnlyList<string>> names)
    {
        var name = Words.Stems(draft.Name);
        var all = Words.Stems($"{draft.Name} {string.Join(' ', draft.Tasks)}");
        var weights = name.Select(stem => 1m / Math.Max(1, names.Count(n => Words.Has(n, stem)))).ToList();
        var shared = stems.Select(s => (Name: name.Select((stem, i) => Words.Has(s, stem) ? weights[i] : 0m).Sum(), All: Words.Overlap(all, s))).ToList();
        var most = shared.Max();
        return most.Name > 0 && shared.Count(s => s == most) == 1 ? shared.IndexOf(most) : null;
    }

    /// <summary>
    /// The work of a phase that the items in it (<paramref name="names"/>) leave undone: the parts it lists that share
    /// less than half their words with their names ("NSWorkspace app launch and file open" is not "App launch to
    /// command bar visible in under 200ms"), each with its tests; the phase's name alone when it lists nothing and holds nothing;
    /// null when its items cover it.
    /// </summary>
    public WorkDraft? Item(int phase, IReadOnlyList<string> names)
    {
        var source = Phases[phase];
        var name = Name(source.Value);
        var covered = names.SelectMany(Words.Stems).ToList();
        var listed = Parts(source.Value.Work);
        var parts = listed.Where(p => Words.Stems(p) is var words && Words.Overlap(words, covered) * 2 < words.Count).ToList();
        if (parts.Count == 0 && (listed.Count > 0 || names.Count > 0))
        {
            return null;
        }

        var item = new WorkDraft($"phase-{phase + 1}", WorkKind.PhaseWork, name, WorkTrigger.Of(source, source.Value.Name))
        {
            Hours = Estimates.Feature(Math.Max(1, parts.Count), 0),
        };
        // Each part with the line of the phase that lists it: where a developer reads what it means.
        item.Tasks.AddRange(parts.Count > 0 ? parts.Select(p => $"{p} ({source.Where})") : [$"{name}, as {source.Where} names it"]);
        item.Deliverables.Add($"{name} merged with its tests");
        item.Criteria.AddRange(parts.Count > 0 ? parts.Select(p => $"{p}: in place and covered by tests") : [$"{name} done as {source.Where} describes it, with its tests"]);
        item.Trace(TraceText.Section(new Sourced<DocumentSection>(new DocumentSection(name, 0, source.Line, SectionRole.Timeline), source.Document, source.Line)));
        return item;
    }

    /// <summary>"A. B; C" → A, B, C: the sentences and list entries of what a phase does.</summary>
    private static List<string> Parts(string work) =>
        work.Split([". ", "; ", "。", "；"], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(p => Prose.Short(p.TrimEnd('.', ';'), MaxTaskLength))
            .Where(p => p.Length > 0)
            .ToList();
}
