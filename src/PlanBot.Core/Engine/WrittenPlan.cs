namespace PlanBot.Core.Engine;

/// <summary>
/// A plan written: its Markdown, the defaults it assumed for unanswered questions, and, when the repository's template
/// could not write it and the built-in one did, why (<see cref="TemplateError"/>, in the renderer's words).
/// </summary>
public sealed record WrittenPlan(GeneratedPlan Plan, string Markdown, ValueList<Assumption> Assumptions, string? TemplateError);
