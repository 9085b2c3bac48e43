namespace PlanBot.Core.Planning.Work;

internal sealed record ScopedRequirement(RequirementBlock Block, RequirementScope Scope);
