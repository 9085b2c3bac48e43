namespace PlanBot.Core.Conversation;

/// <summary>
/// The plan is to be (re)generated: asked by <see cref="Actor"/> for <see cref="Reason"/>. <see cref="Force"/>
/// replaces a plan edited by hand (<c>/planbot regenerate --force</c>).
/// </summary>
public sealed record PlanRequest(bool Force, string Actor, string Reason, WorkClaim Claim);
