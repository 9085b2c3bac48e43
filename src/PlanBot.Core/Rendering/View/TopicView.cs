namespace PlanBot.Core.Rendering.View;

public sealed record TopicView(string Title, IReadOnlyList<PointView> Points);
