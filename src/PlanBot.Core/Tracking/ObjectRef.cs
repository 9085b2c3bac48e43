namespace PlanBot.Core.Tracking;

/// <summary>
/// A reference to a PlanBot object: its <see cref="Number"/> when it already exists, otherwise null and the
/// executor resolves <see cref="Target"/> to the object created earlier in the same change set.
/// </summary>
public sealed record ObjectRef(TrackingKey Target, int? Number)
{
    public override string ToString() => Target.ToString();
}
