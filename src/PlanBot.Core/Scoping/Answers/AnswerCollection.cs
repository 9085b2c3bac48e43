namespace PlanBot.Core.Scoping.Answers;

/// <summary>The answers after a reply, and what in the reply could not be used.</summary>
public sealed record AnswerCollection(AnswerSet Answers, ValueList<AnswerFinding> Findings);
