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
    IReadOnlyList<string> PhaseNames)
{
    public static readonly string[] StandardPhaseNames =
    [
        "MVP Foundation",
        "Advanced Features & Performance",
        "Production Reliability",
        "Enhancements & Launch",
    ];

    public Allocation Allocation => Schedule.Allocation;

    public IEnumerable<WorkItem> Items(WorkKind kind) => Breakdown.Work.Items.Where(i => i.Kind == kind);

    public WorkItem? Item(WorkKind kind) => Items(kind).FirstOrDefault();

    /// <summary>The configured or standard name, or "Phase 5" for a phase beyond them.</summary>
    public string PhaseName(int number) => number <= PhaseNames.Count ? PhaseNames[number - 1] : $"Phase {Prose.Number(number)}";

    /// <summary>The first phase that holds work of <paramref name="stage"/>, or null when none does.</summary>
    public int? PhaseOf(Stage stage) => Allocation.Phases.FirstOrDefault(p => p.Items.Any(i => i.Stage == stage))?.Number;

    /// <summary>"phase 2": the phase of <paramref name="stage"/>'s work, or the last phase when there is none.</summary>
    public string PhaseLabel(Stage stage) => $"phase {Prose.Number(PhaseOf(stage) ?? Allocation.Phases.Count)}";

    /// <summary>The standard's names, replaced in order by the repository's <c>phase_names</c> when it sets them.</summary>
    public static IReadOnlyList<string> Names(ValueList<string>? configured) =>
        StandardPhaseNames.Select((name, i) => configured is not null && i < configured.Count && !string.IsNullOrWhiteSpace(configured[i])
            ? Prose.Short(configured[i], 80)
            : name).ToList();

    /// <summary>The requirements of <paramref name="scope"/>, in the order the documents list them.</summary>
    public IReadOnlyList<RequirementBlock> Requirements(RequirementScope scope) =>
        Breakdown.Scopes.Where(s => s.Scope == scope).Select(s => s.Block).ToList();
}
