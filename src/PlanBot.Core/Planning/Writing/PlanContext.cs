using PlanBot.Core.Planning.Inputs;
using PlanBot.Core.Planning.Scheduling;
using PlanBot.Core.Planning.Work;

namespace PlanBot.Core.Planning.Writing;

/// <summary>Everything the writers of the plan's sections read: inputs, answers, capacity, calendar, work and schedule.</summary>
internal sealed record PlanContext(
    PlanInputs Inputs,
    PlanAnswers Answers,
    Capacity Capacity,
    Timeline Timeline,
    Breakdown Breakdown,
    Schedule Schedule,
    Fit? Fit,
    ValueList<string>? ConfiguredPhaseNames)
{
    private const int MaxNameLength = 80;
    private const int MaxStagesNamed = 3;

    public Allocation Allocation => Schedule.Allocation;

    public IEnumerable<WorkItem> Items(WorkKind kind) => Breakdown.Work.Items.Where(i => i.Kind == kind);

    public WorkItem? Item(WorkKind kind) => Items(kind).FirstOrDefault();

    /// <summary>
    /// The repository's <c>phase_names</c> entry for the phase when it sets one; the name the documents give the phase
    /// when the plan follows theirs; otherwise what the phase works on, by
    /// the stages of its items ("Foundation and must-haves", "Production readiness and launch"; "Foundation to launch"
    /// when it holds more than three).
    /// </summary>
    public string PhaseName(int number)
    {
        if (ConfiguredPhaseNames is { } configured && number <= configured.Count && !string.IsNullOrWhiteSpace(configured[number - 1]))
        {
            return Prose.Short(configured[number - 1], MaxNameLength);
        }

        if (Allocation.Phases[number - 1].Suggested is { } suggested && Breakdown.Phases is { } phases)
        {
            return Prose.Short(DocumentPhases.Name(phases.Phases[suggested].Value), MaxNameLength);
        }

        var stages = Allocation.Phases[number - 1].Touched.Select(i => i.Stage).Distinct().Order().Select(s => StageNames.Of(s, Inputs.Kind.Deployed)).ToList();
        var named = stages.Count > MaxStagesNamed ? [stages[0], "to", Prose.Lower(stages[^1])] : stages.Select((s, i) => i == 0 ? s : Prose.Lower(s)).ToList();
        return named.Count == 0 ? $"Phase {Prose.Number(number)}" : stages.Count > MaxStagesNamed ? string.Join(' ', named) : Prose.Join(named);
    }

    /// <summary>The first phase that finishes work of <paramref name="stage"/>, or null when none does.</summary>
    public int? PhaseOf(Stage stage) => Allocation.Phases.FirstOrDefault(p => p.Finished.Any(i => i.Stage == stage))?.Number;

    /// <summary>"phase 2": the phase of <paramref name="stage"/>'s work, or the last phase when there is none.</summary>
    public string PhaseLabel(Stage stage) => $"phase {Prose.Number(PhaseOf(stage) ?? Allocation.Phases.Count)}";

    /// <summary>The requirements of <paramref name="scope"/>, in the order the documents list them.</summary>
    public IReadOnlyList<RequirementBlock> Requirements(RequirementScope scope) =>
        Breakdown.Scopes.Where(s => s.Scope == scope).Select(s => s.Block).ToList();
}
