using System.Text.Json;
using System.Text.Json.Serialization;

namespace PlanBot.Core;

/// <summary>
/// A <see cref="ValueList{T}"/> as a JSON array. Items are read and written with the contract the options hold for
/// <typeparamref name="T"/>, so a generated context (no reflection) serves it when it names the item type.
/// </summary>
public sealed class ValueListJsonConverter<T> : JsonConverter<ValueList<T>>
{
    public override ValueList<T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException($"Expected an array of {typeof(T).Name}, found {reader.TokenType}.");
        }

        var item = options.Contract<T>();
        var items = new List<T>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            items.Add(JsonSerializer.Deserialize(ref reader, item)!);
        }

        return items.Count == 0 ? ValueList<T>.Empty : new ValueList<T>(items);
    }

    public override void Write(Utf8JsonWriter writer, ValueList<T> value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        var item = options.Contract<T>();
        writer.WriteStartArray();
        foreach (var entry in value)
        {
            JsonSerializer.Serialize(writer, entry, item);
        }

        writer.WriteEndArray();
    }
}
