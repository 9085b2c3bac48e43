namespace PlanBot.Core.Planning.Inputs;

internal sealed record ScopedRequirement(RequirementBlock Block, RequirementScope Scope);
