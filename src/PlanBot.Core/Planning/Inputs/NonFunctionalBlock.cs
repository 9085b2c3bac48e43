namespace PlanBot.Core.Planning.Inputs;

/// <summary>A non-functional requirement and the performance targets written inside it (as written, both documents).</summary>
internal sealed record NonFunctionalBlock(RequirementBlock Block, IReadOnlyList<string> Targets);
