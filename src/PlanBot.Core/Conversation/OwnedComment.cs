namespace PlanBot.Core.Conversation;

/// <summary>
/// A comment PlanBot keeps up to date on the pull request: its id once created, the hash of the body it last wrote
/// (so an unchanged body is never written again), and the claim of the delivery creating it.
/// </summary>
public sealed record OwnedComment(long? Id, string? BodyHash, WorkClaim? Creating)
{
    public static OwnedComment None { get; } = new(null, null, null);
}
