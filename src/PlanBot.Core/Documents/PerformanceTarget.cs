namespace PlanBot.Core.Documents;

/// <summary>
/// A measurable target. <see cref="Text"/> is the target as written (it is quoted verbatim in the plan's
/// acceptance criteria); <see cref="Metric"/> is what is measured (latency, throughput, availability…).
/// </summary>
public sealed record PerformanceTarget(string Text, string Metric, int Line);
