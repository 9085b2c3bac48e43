using PlanBot.Core.Tracking;

namespace PlanBot.Core.Ports;

/// <summary>The fields of a milestone to change; null ones are left as they are.</summary>
public sealed record MilestoneChange(string? Title = null, string? Description = null, DateOnly? Due = null, RemoteState? State = null);
