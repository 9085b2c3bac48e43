namespace PlanBot.Core.Tracking;

/// <summary>Operations in the order they must run: labels, milestones, issues, sub-issue links, then the tracker.</summary>
public sealed record ChangeSet(ValueList<ChangeOperation> Operations)
{
    public static ChangeSet Empty { get; } = new(ValueList<ChangeOperation>.Empty);

    public bool IsEmpty => Operations.Count == 0;
}
