namespace PlanBot.Core.Configuration;

/// <summary>An override of a built-in question: any of prompt, default and required.</summary>
public sealed record QuestionSetting(string Id, string? Prompt, string? Default, bool? Required);
