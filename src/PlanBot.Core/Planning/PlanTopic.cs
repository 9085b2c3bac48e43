namespace PlanBot.Core.Planning;

/// <summary>A titled group of bullets ("Testing Strategy Evolution", "Environment Progression"…).</summary>
public sealed record PlanTopic(string Title, ValueList<PlanPoint> Points);
