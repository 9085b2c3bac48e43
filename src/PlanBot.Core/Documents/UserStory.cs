namespace PlanBot.Core.Documents;

/// <summary>"As a {Role}, I want {Goal} so that {Benefit}" (or a Jobs-To-Be-Done "When I …").</summary>
public sealed record UserStory(string? Id, string Role, string Goal, string? Benefit, int Line);
