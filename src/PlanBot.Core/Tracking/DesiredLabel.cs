namespace PlanBot.Core.Tracking;

/// <summary>A label the published plan uses. <see cref="Color"/> is six hex digits without <c>#</c>.</summary>
public sealed record DesiredLabel(string Name, string Color, string Description);
