using PlanBot.Core.Planning.Inputs;

namespace PlanBot.Core.Planning.Work;

/// <summary>
/// A work item while the breakdown builds it up: targets, loose criteria and absorbed integrations are added after
/// the item that receives them exists. Never leaves the work stage: <see cref="Freeze"/> gives the
/// <see cref="WorkItem"/> the schedule reads.
/// </summary>
internal sealed class WorkDraft(string key, WorkKind kind, string name, WorkTrigger trigger)
{
    public string Key { get; } = key;

    public WorkKind Kind { get; } = kind;

    public string Name { get; } = name;

    public WorkTrigger Trigger { get; } = trigger;

    public int Hours { get; set; }

    public List<string> Tasks { get; } = [];

    public List<string> Deliverables { get; } = [];

    public List<string> Criteria { get; } = [];

    public List<DemoScenario> Demos { get; } = [];

    public List<string> Traces { get; } = [];

    /// <summary>The keys of the requirements this item delivers (<see cref="RequirementBlock.Key"/>).</summary>
    public List<string> RequirementKeys { get; } = [];

    /// <summary>The ids of the requirements the documents say this item waits for (a "Depends on" column).</summary>
    public List<string> StatedNeeds { get; } = [];

    /// <summary>The items that must come first (<see cref="Dependencies"/>).</summary>
    public List<WorkDraft> Prerequisites { get; } = [];

    public void Needs(WorkDraft prerequisite)
    {
        if (!Prerequisites.Contains(prerequisite))
        {
            Prerequisites.Add(prerequisite);
        }
    }

    public WorkDraft Trace(string trace)
    {
        if (!string.IsNullOrWhiteSpace(trace) && !Traces.Contains(trace, StringComparer.OrdinalIgnoreCase))
        {
            Traces.Add(trace);
        }

        return this;
    }

    public WorkDraft Delivers(RequirementBlock requirement)
    {
        if (!RequirementKeys.Contains(requirement.Key, StringComparer.OrdinalIgnoreCase))
        {
            RequirementKeys.Add(requirement.Key);
        }

        return Trace(TraceText.Requirement(requirement.Name));
    }

    /// <summary>Adds a criterion unless one already contains it (a target quoted by a requirement's own criterion); true when added.</summary>
    public bool Criterion(string text)
    {
        if (Criteria.Any(c => c.Contains(text, StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        Criteria.Add(text);
        return true;
    }

    public WorkItem Freeze(Stage stage, int? phase) => new()
    {
        Key = Key,
        Kind = Kind,
        Stage = stage,
        Phase = phase,
        Name = Name,
        Hours = Hours,
        Tasks = [.. Tasks],
        Deliverables = [.. Deliverables],
        Criteria = [.. Criteria],
        Demos = [.. Demos],
        Traces = [.. Traces],
        RequirementKeys = [.. RequirementKeys],
        DependsOn = [.. Prerequisites.Select(p => p.Key)],
        Trigger = Trigger,
    };

    public override string ToString() => Key;
}
