namespace PlanBot.Core.Planning;

/// <summary>A Markdown task-list item: <c>- [x] text</c>.</summary>
public sealed record Checkbox(string Text, bool Checked);
