using System.Text.Encodings.Web;
using System.Text.Json;

namespace PlanBot.Storage;

internal static class StorageJson
{
    /// <summary>Relaxed escaping keeps non-ASCII text one character per character, so rows and messages stay small.</summary>
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
