namespace PlanBot.Core.Scoping.Answers;

/// <summary>Either a value or the reason there is none (never both null).</summary>
public sealed record NormalizedAnswer(AnswerValue? Value, AnswerFinding? Problem);
