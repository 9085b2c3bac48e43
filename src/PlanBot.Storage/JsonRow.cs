using System.Text.Json;
using Azure.Data.Tables;
using PlanBot.Core;

namespace PlanBot.Storage;

/// <summary>A record stored as one row of JSON (see <see cref="JsonChunks"/>).</summary>
internal static class JsonRow
{
    public static TableEntity Encode<T>(string partitionKey, string rowKey, T value, string what)
    {
        var entity = new TableEntity(partitionKey, rowKey);
        JsonChunks.Write(entity, JsonSerializer.Serialize(value, StorageJson.Options.Contract<T>()), what);
        return entity;
    }

    public static T Decode<T>(TableEntity entity) =>
        JsonSerializer.Deserialize(JsonChunks.Read(entity), StorageJson.Options.Contract<T>())
        ?? throw new InvalidDataException($"Row {entity.PartitionKey}/{entity.RowKey} holds no {typeof(T).Name}.");
}
