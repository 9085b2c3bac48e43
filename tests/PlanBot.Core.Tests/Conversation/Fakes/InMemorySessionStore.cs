using System.Globalization;
using System.Text.Json;
using PlanBot.Core.Conversation;
using PlanBot.Core.Ports;

namespace PlanBot.Core.Tests.Conversation.Fakes;

/// <summary>
/// Sessions as JSON with ETags, like the table store: a round trip through JSON on every save, so a session that
/// does not serialise fails here first. <see cref="BeforeNextSave"/> runs once before a save's ETag check, to let a
/// test write concurrently.
/// </summary>
public sealed class InMemorySessionStore : ISessionStore
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly Dictionary<SessionKey, (string Json, string ETag)> rows = [];
    private readonly Lock gate = new();
    private int version;

    public Func<Task>? BeforeNextSave { get; set; }

    /// <summary>The next save of a session matching this fails once, as a crash between two writes would.</summary>
    public Func<PlanningSession, bool>? FailSaveWhen { get; set; }

    public int Saves { get; private set; }

    public int Conflicts { get; private set; }

    public PlanningSession? this[SessionKey key]
    {
        get
        {
            lock (gate)
            {
                return rows.TryGetValue(key, out var row) ? JsonSerializer.Deserialize<PlanningSession>(row.Json, Json) : null;
            }
        }
    }

    public Task<StoredSession?> GetAsync(SessionKey key, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            return Task.FromResult(rows.TryGetValue(key, out var row)
                ? new StoredSession(JsonSerializer.Deserialize<PlanningSession>(row.Json, Json)!, row.ETag)
                : null);
        }
    }

    public async Task<string> SaveAsync(PlanningSession session, string? expectedETag, CancellationToken cancellationToken)
    {
        if (BeforeNextSave is { } concurrent)
        {
            BeforeNextSave = null;
            await concurrent();
        }

        if (FailSaveWhen is { } failing && failing(session))
        {
            FailSaveWhen = null;
            throw new TimeoutException("the storage account did not answer");
        }

        lock (gate)
        {
            var exists = rows.TryGetValue(session.Key, out var row);
            if (expectedETag is null ? exists : !exists || row.ETag != expectedETag)
            {
                Conflicts++;
                throw new ConcurrencyConflictException($"{session.Key} changed");
            }

            Saves++;
            var etag = "W/\"" + (++version).ToString(CultureInfo.InvariantCulture) + "\"";
            rows[session.Key] = (JsonSerializer.Serialize(session, Json), etag);
            return etag;
        }
    }

    public Task<int> PurgeInstallationAsync(long installationId, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<int> PurgeRepositoryAsync(long installationId, string owner, string repo, CancellationToken cancellationToken) => throw new NotSupportedException();
}
