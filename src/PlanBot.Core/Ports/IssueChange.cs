using PlanBot.Core.Tracking;

namespace PlanBot.Core.Ports;

/// <summary>The fields of an issue to change; null ones are left as they are (<see cref="Labels"/> replaces the whole set).</summary>
public sealed record IssueChange(
    string? Title = null,
    string? Body = null,
    ValueList<string>? Labels = null,
    int? Milestone = null,
    RemoteState? State = null);
