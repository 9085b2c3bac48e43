namespace PlanBot.Core.Scoping;

/// <summary>A repository's change to a built-in question (from <c>.github/planbot.yml</c>); null keeps the built-in value.</summary>
public sealed record QuestionOverride(string Id, string? Prompt = null, string? Default = null, bool? Required = null);
