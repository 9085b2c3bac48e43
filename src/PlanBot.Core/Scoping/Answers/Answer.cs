namespace PlanBot.Core.Scoping.Answers;

/// <summary>A normalised answer with who gave it and when (the decision log's entry).</summary>
public sealed record Answer(string QuestionId, string Raw, AnswerValue Value, AnswerSource Source, string Author, DateTimeOffset At);
