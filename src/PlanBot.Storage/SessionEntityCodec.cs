using System.Globalization;
using System.Text.Json;
using Azure.Data.Tables;
using PlanBot.Core.Conversation;

namespace PlanBot.Storage;

/// <summary>
/// A session is stored as JSON split over string properties <c>Json00</c>, <c>Json01</c>…, because a table
/// property holds at most 64 KiB (32 K UTF-16 characters) while a row holds up to 1 MiB.
/// </summary>
internal static class SessionEntityCodec
{
    public const int ChunkChars = 30_000;

    public const int MaxChunks = 16;

    private const string ChunkCount = "Chunks";

    public static TableEntity Encode(PlanningSession session)
    {
        var json = JsonSerializer.Serialize(session, StorageJson.Options);
        var chunks = (json.Length + ChunkChars - 1) / ChunkChars;
        if (chunks > MaxChunks)
        {
            throw new InvalidOperationException(
                $"The session of {session.Key} serialises to {json.Length} characters, more than a table row holds ({ChunkChars * MaxChunks}).");
        }

        var entity = new TableEntity(TableKeys.Partition(session.Key.InstallationId), TableKeys.Session(session.Key))
        {
            ["State"] = session.State.ToString(),
            [ChunkCount] = chunks,
        };
        for (var i = 0; i < chunks; i++)
        {
            entity[ChunkName(i)] = json.Substring(i * ChunkChars, Math.Min(ChunkChars, json.Length - (i * ChunkChars)));
        }

        return entity;
    }

    public static PlanningSession Decode(TableEntity entity)
    {
        var chunks = entity.GetInt32(ChunkCount) ?? 0;
        var json = string.Concat(Enumerable.Range(0, chunks).Select(i => entity.GetString(ChunkName(i))));
        return JsonSerializer.Deserialize<PlanningSession>(json, StorageJson.Options)
            ?? throw new InvalidDataException($"Session row {entity.PartitionKey}/{entity.RowKey} holds no session.");
    }

    private static string ChunkName(int index) => "Json" + index.ToString("D2", CultureInfo.InvariantCulture);
}
