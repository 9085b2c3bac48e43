namespace PlanBot.Core.Documents;

/// <summary>
/// A system the product talks to: data stores (PostgreSQL, Valkey/Redis, MongoDB), brokers (RabbitMQ,
/// Kafka), Lerian platform services (Midaz, Access Manager, License SDK, Event Streamer) and external APIs.
/// <see cref="Name"/> is canonical ("PostgreSQL", not "postgres"); <see cref="Line"/> is the first mention.
/// </summary>
public sealed record Integration(string Name, IntegrationKind Kind, int Line, int Mentions)
{
    /// <summary>A service run by someone else (a platform service, an external API of any kind): the ones worth a prototype.</summary>
    public bool IsExternal => Kind is not (IntegrationKind.DataStore or IntegrationKind.MessageBroker);
}
