namespace PlanBot.Core.Ports;

/// <summary>A milestone to create.</summary>
public sealed record MilestoneDraft(string Title, string Description, DateOnly Due);
