namespace PlanBot.Core.Scoping;

/// <summary>A checkbox option: <see cref="Key"/> is what gets stored (a requirement id, an integration name).</summary>
public sealed record QuestionChoice(string Key, string Label, bool CheckedByDefault);
