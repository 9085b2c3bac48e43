namespace PlanBot.Core.Rendering.View;

/// <summary>The root of a plan template: one variable, <c>plan</c>.</summary>
public sealed record TemplateModel(PlanView Plan);
