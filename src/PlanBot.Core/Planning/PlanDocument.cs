namespace PlanBot.Core.Planning;

/// <summary>
/// The trackable part of <c>IMPLEMENTATION_PLAN.md</c>: what the round-trip parser reads back from the
/// Markdown (ours, or one a person edited) and what publishing turns into milestones and issues.
/// </summary>
public sealed record PlanDocument(string Title, ValueList<PlanPhase> Phases);
