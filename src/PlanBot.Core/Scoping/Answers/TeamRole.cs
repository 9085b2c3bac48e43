namespace PlanBot.Core.Scoping.Answers;

public sealed record TeamRole(string Role, int Count);
