namespace PlanBot.Core.Engine;

/// <summary>
/// A plan written: its Markdown, the defaults it assumed for unanswered questions, and why the repository's template
/// did not write it (<see cref="TemplateError"/>, in the renderer's words; <see cref="Notes"/> says it to people).
/// </summary>
public sealed record WrittenPlan(GeneratedPlan Plan, string Markdown, ValueList<Assumption> Assumptions, string? TemplateError, ValueList<string> Notes);
