using Microsoft.Extensions.Logging;

namespace PlanBot.Integration.Tests.Infrastructure;

internal sealed class RecordingLogger(string category, RecordingLoggerProvider owner) : ILogger
{
    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => owner.Scopes.Push(state);

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        var scope = new Dictionary<string, object?>();
        owner.Scopes.ForEachScope(
            (value, target) =>
            {
                if (value is IEnumerable<KeyValuePair<string, object?>> pairs)
                {
                    foreach (var pair in pairs)
                    {
                        target[pair.Key] = pair.Value;
                    }
                }
            },
            scope);
        var values = state is IEnumerable<KeyValuePair<string, object?>> statePairs
            ? statePairs.ToDictionary(p => p.Key, p => p.Value)
            : [];
        owner.Add(new RecordedLog(category, logLevel, eventId, formatter(state, exception), values, scope, exception));
    }
}
