namespace PlanBot.Core.Scoping.Answers;

/// <summary>An answer the bot could not use as given, or two answers that disagree. Shown as "needs clarification".</summary>
public sealed record AnswerFinding(string QuestionId, AnswerFindingKind Kind, string Message);
