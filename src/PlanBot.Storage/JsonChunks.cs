using System.Globalization;
using Azure.Data.Tables;

namespace PlanBot.Storage;

/// <summary>
/// JSON kept in a table row split over string properties <c>Json00</c>, <c>Json01</c>…, because a property holds
/// at most 64 KiB (32 K UTF-16 characters) while a row holds up to 1 MiB.
/// </summary>
internal static class JsonChunks
{
    public const int ChunkChars = 30_000;

    public const int MaxChunks = 16;

    private const string ChunkCount = "Chunks";

    /// <summary>Adds <paramref name="json"/> to <paramref name="entity"/>; <paramref name="what"/> names it in the error when it is too large.</summary>
    public static void Write(TableEntity entity, string json, string what)
    {
        var chunks = (json.Length + ChunkChars - 1) / ChunkChars;
        if (chunks > MaxChunks)
        {
            throw new InvalidOperationException(
                $"{what} serialises to {json.Length} characters, more than a table row holds ({ChunkChars * MaxChunks}).");
        }

        entity[ChunkCount] = chunks;
        for (var i = 0; i < chunks; i++)
        {
            entity[ChunkName(i)] = json.Substring(i * ChunkChars, Math.Min(ChunkChars, json.Length - (i * ChunkChars)));
        }
    }

    public static string Read(TableEntity entity)
    {
        var chunks = entity.GetInt32(ChunkCount) ?? 0;
        return string.Concat(Enumerable.Range(0, chunks).Select(i => entity.GetString(ChunkName(i))));
    }

    private static string ChunkName(int index) => "Json" + index.ToString("D2", CultureInfo.InvariantCulture);
}
