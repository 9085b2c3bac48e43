using System.Text.Json;
using Azure.Data.Tables;
using PlanBot.Core;
using PlanBot.Core.Conversation;

namespace PlanBot.Storage;

/// <summary>A session is stored as JSON over <see cref="JsonChunks"/>, with its state alongside for queries.</summary>
internal static class SessionEntityCodec
{
    public static TableEntity Encode(PlanningSession session)
    {
        var entity = new TableEntity(TableKeys.Partition(session.Key.InstallationId), TableKeys.Session(session.Key))
        {
            ["State"] = session.State.ToString(),
        };
        JsonChunks.Write(entity, JsonSerializer.Serialize(session, StorageJson.Options.Contract<PlanningSession>()), $"The session of {session.Key}");
        return entity;
    }

    public static PlanningSession Decode(TableEntity entity) =>
        JsonSerializer.Deserialize(JsonChunks.Read(entity), StorageJson.Options.Contract<PlanningSession>())
        ?? throw new InvalidDataException($"Session row {entity.PartitionKey}/{entity.RowKey} holds no session.");
}
