namespace PlanBot.Core.Rendering.View;

/// <summary>The Mermaid Gantt chart: labels are stripped of what Mermaid would read as syntax (<c>:</c>, <c>;</c>, <c>#</c>).</summary>
public sealed record GanttView(string Title, IReadOnlyList<GanttSectionView> Sections, bool HasDeadline, string Deadline);
