using PlanBot.Core.Scoping.Answers;

namespace PlanBot.Core.Planning;

/// <summary>An answer that shaped the plan: who gave it, when, how, and what it changed (<see cref="Effect"/>).</summary>
public sealed record PlanDecision(
    string QuestionId,
    string Question,
    string Answer,
    string Author,
    DateTimeOffset At,
    AnswerSource Source,
    string Effect);
