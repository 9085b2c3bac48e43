namespace PlanBot.Core.Scoping.Answers;

/// <summary>An answer as found in a comment, before normalisation.</summary>
public sealed record RawAnswer(string QuestionId, string Raw, AnswerSource Source);
