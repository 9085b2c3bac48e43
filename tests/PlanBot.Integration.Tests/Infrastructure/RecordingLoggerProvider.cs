using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace PlanBot.Integration.Tests.Infrastructure;

public sealed class RecordingLoggerProvider : ILoggerProvider, ISupportExternalScope
{
    private readonly ConcurrentQueue<RecordedLog> entries = new();

    public IReadOnlyList<RecordedLog> Entries => [.. entries];

    internal IExternalScopeProvider Scopes { get; private set; } = new LoggerExternalScopeProvider();

    public ILogger CreateLogger(string categoryName) => new RecordingLogger(categoryName, this);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => Scopes = scopeProvider;

    internal void Add(RecordedLog entry) => entries.Enqueue(entry);

    public void Dispose()
    {
    }
}
