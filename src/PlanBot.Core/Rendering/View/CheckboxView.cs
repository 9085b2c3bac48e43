namespace PlanBot.Core.Rendering.View;

/// <summary>A task-list item; <see cref="Box"/> is <c>x</c> or a space, ready for <c>- [{{ box }}] {{ text }}</c>.</summary>
public sealed record CheckboxView(string Text, bool Checked, string Box);
