namespace PlanBot.Core.Rendering.View;

public sealed record PointView(bool HasLabel, string Label, string Text);
