namespace PlanBot.Core.Planning;

/// <summary>The whole generated plan: the trackable <see cref="Document"/> plus the narrative sections.</summary>
public sealed record ImplementationPlan(PlanDocument Document);
