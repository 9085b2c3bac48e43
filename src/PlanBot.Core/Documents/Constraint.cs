namespace PlanBot.Core.Documents;

/// <summary>
/// A sentence of the documents that excludes a system ("do not use a Redis-backed cache", "must not require RabbitMQ",
/// "Kafka is out of scope"), with its line and the integrations it excludes: those are never planned as work.
/// </summary>
public sealed record Constraint(string Text, int Line, ValueList<string> Excludes);
