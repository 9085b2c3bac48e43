namespace PlanBot.Core.Ports;

public sealed record ProbeResult(bool Healthy, string Detail);
