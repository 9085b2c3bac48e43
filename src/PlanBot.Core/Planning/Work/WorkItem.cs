namespace PlanBot.Core.Planning.Work;

/// <summary>
/// A piece of work as the work stage hands it to the schedule: a requirement, an integration, a cross-cutting
/// concern, never changed after. <see cref="Key"/> is unique in a plan; <see cref="Traces"/> are what of the documents
/// it delivers; <see cref="DependsOn"/> the keys of the items that must come first; <see cref="Trigger"/> why it is
/// in the plan at all. Equal by reference: the schedule finds the weeks of an item by the item.
/// </summary>
internal sealed class WorkItem
{
    public required string Key { get; init; }

    public required WorkKind Kind { get; init; }

    public required Stage Stage { get; init; }

    /// <summary>The phase the documents propose that the item belongs to (from 0), or null when the plan has phases of its own.</summary>
    public required int? Phase { get; init; }

    public required string Name { get; init; }

    public required int Hours { get; init; }

    public required IReadOnlyList<string> Tasks { get; init; }

    public required IReadOnlyList<string> Deliverables { get; init; }

    public required IReadOnlyList<string> Criteria { get; init; }

    public required IReadOnlyList<DemoScenario> Demos { get; init; }

    public required IReadOnlyList<string> Traces { get; init; }

    /// <summary>The keys of the requirements this item delivers (<see cref="Inputs.RequirementBlock.Key"/>).</summary>
    public required IReadOnlyList<string> RequirementKeys { get; init; }

    public required IReadOnlyList<string> DependsOn { get; init; }

    public required WorkTrigger Trigger { get; init; }

    public override string ToString() => Key;
}
