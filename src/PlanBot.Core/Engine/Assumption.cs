namespace PlanBot.Core.Engine;

/// <summary>A question nobody answered, and the default the plan used for it.</summary>
public sealed record Assumption(string QuestionId, string Value);
