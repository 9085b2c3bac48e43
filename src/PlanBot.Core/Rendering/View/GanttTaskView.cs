namespace PlanBot.Core.Rendering.View;

/// <summary>One bar: <see cref="Id"/> is <c>w3</c>, <see cref="Start"/> <c>yyyy-MM-dd</c>, <see cref="Days"/> its length in days.</summary>
public sealed record GanttTaskView(string Label, string Id, string Start, int Days);
