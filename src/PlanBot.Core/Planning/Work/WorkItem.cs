using PlanBot.Core.Planning.Inputs;

namespace PlanBot.Core.Planning.Work;

/// <summary>
/// A piece of work the schedule places in weeks: a requirement, an integration, a cross-cutting concern. Built up by
/// the work breakdown (targets and absorbed integrations are added after creation), then only read.
/// <see cref="Key"/> is unique in a plan; <see cref="Traces"/> are what of the documents it delivers.
/// </summary>
internal sealed class WorkItem(string key, WorkKind kind, string name)
{
    public string Key { get; } = key;

    public WorkKind Kind { get; } = kind;

    public string Name { get; } = name;

    public int Hours { get; set; }

    public List<string> Tasks { get; } = [];

    public List<string> Deliverables { get; } = [];

    public List<string> Criteria { get; } = [];

    public List<DemoScenario> Demos { get; } = [];

    public List<string> Traces { get; } = [];

    /// <summary>The keys of the requirements this item delivers (<see cref="RequirementBlock.Key"/>).</summary>
    public List<string> RequirementKeys { get; } = [];

    public WorkItem Trace(string trace)
    {
        if (!string.IsNullOrWhiteSpace(trace) && !Traces.Contains(trace, StringComparer.OrdinalIgnoreCase))
        {
            Traces.Add(trace);
        }

        return this;
    }

    public WorkItem Delivers(RequirementBlock requirement)
    {
        if (!RequirementKeys.Contains(requirement.Key, StringComparer.OrdinalIgnoreCase))
        {
            RequirementKeys.Add(requirement.Key);
        }

        return Trace(TraceText.Requirement(requirement.Name));
    }

    /// <summary>Adds a criterion unless one already contains it (a target quoted by a requirement's own criterion).</summary>
    public void Criterion(string text)
    {
        if (!Criteria.Any(c => c.Contains(text, StringComparison.OrdinalIgnoreCase)))
        {
            Criteria.Add(text);
        }
    }

    public override string ToString() => Key;
}
