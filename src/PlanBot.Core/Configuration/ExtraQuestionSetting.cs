using PlanBot.Core.Scoping;

namespace PlanBot.Core.Configuration;

/// <summary>A question the repository adds to the built-in catalogue.</summary>
public sealed record ExtraQuestionSetting(string Id, QuestionCategory Category, string Prompt, AnswerType Type, string? Default, bool Required);
