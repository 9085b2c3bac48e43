namespace PlanBot.Core.Planning;

/// <summary>What the planner needs besides documents and answers. <see cref="Today"/> comes from the edge's TimeProvider.</summary>
public sealed record PlanningOptions(DateOnly Today);
