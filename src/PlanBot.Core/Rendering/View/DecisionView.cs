namespace PlanBot.Core.Rendering.View;

/// <summary>A decision-log row: <see cref="At"/> is <c>yyyy-MM-dd HH:mm UTC</c>, <see cref="Source"/> how the answer arrived.</summary>
public sealed record DecisionView(string QuestionId, string Question, string Answer, string Author, string At, string Source, string Effect);
