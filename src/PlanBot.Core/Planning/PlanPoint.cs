namespace PlanBot.Core.Planning;

/// <summary>A bullet of a narrative section: an optional bold <see cref="Label"/> (empty for none) and its text.</summary>
public sealed record PlanPoint(string Label, string Text);
