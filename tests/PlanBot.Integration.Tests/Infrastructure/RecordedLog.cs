using Microsoft.Extensions.Logging;

namespace PlanBot.Integration.Tests.Infrastructure;

/// <summary>A log entry with its message, its structured values, the values of the scopes around it and its exception.</summary>
public sealed record RecordedLog(
    string Category,
    LogLevel Level,
    EventId EventId,
    string Message,
    IReadOnlyDictionary<string, object?> Values,
    IReadOnlyDictionary<string, object?> Scope,
    Exception? Exception);
