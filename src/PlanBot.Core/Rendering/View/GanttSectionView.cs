namespace PlanBot.Core.Rendering.View;

public sealed record GanttSectionView(string Title, IReadOnlyList<GanttTaskView> Tasks);
