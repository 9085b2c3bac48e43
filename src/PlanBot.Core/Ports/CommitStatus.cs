namespace PlanBot.Core.Ports;

/// <summary>A commit status, e.g. context "PlanBot", "waiting for TRD". GitHub cuts descriptions at 140 characters.</summary>
public sealed record CommitStatus(CommitStatusState State, string Context, string Description);
