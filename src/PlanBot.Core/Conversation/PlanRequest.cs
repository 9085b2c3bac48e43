namespace PlanBot.Core.Conversation;

/// <summary>
/// The plan is to be (re)generated: asked by <see cref="Actor"/> for <see cref="Reason"/> (the words of the commit
/// message), which falls under <see cref="Trigger"/>. <see cref="Force"/> replaces a plan edited by hand
/// (<c>/planbot regenerate --force</c>).
/// </summary>
public sealed record PlanRequest(bool Force, string Actor, string Reason, WorkClaim Claim, PlanTrigger Trigger);
