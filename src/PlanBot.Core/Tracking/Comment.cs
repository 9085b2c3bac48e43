namespace PlanBot.Core.Tracking;

/// <summary>A comment on a PlanBot issue. <see cref="Reason"/> tells comments on the same issue apart in <see cref="Key"/>.</summary>
public sealed record Comment(ObjectRef Issue, string Reason, string Body) : ChangeOperation
{
    public override string Key => $"comment:{Issue}:{Reason}";
}
