using System.Globalization;
using System.Text.Json;

namespace PlanBot.GitHub.Conversation;

/// <summary>
/// Reads the few fields the conversation needs from a webhook payload. A required field that is missing or of the
/// wrong type throws <see cref="InvalidDataException"/> naming it: GitHub never sends that, so the delivery is logged
/// and dropped rather than retried.
/// </summary>
internal static class PayloadReader
{
    public static JsonElement Required(JsonElement element, string path)
    {
        var current = element;
        foreach (var name in path.Split('.'))
        {
            if (current.ValueKind != JsonValueKind.Object || !current.TryGetProperty(name, out current) || current.ValueKind == JsonValueKind.Null)
            {
                throw new InvalidDataException($"The payload has no `{path}`.");
            }
        }

        return current;
    }

    public static string String(JsonElement element, string path)
    {
        var value = Required(element, path);
        return value.ValueKind == JsonValueKind.String ? value.GetString()! : throw new InvalidDataException($"`{path}` is not a string.");
    }

    /// <summary>A string that GitHub sends as null in some payloads (a deleted fork's <c>head.repo</c>).</summary>
    public static string? OptionalString(JsonElement element, string path)
    {
        try
        {
            return String(element, path);
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    public static long Number(JsonElement element, string path)
    {
        var value = Required(element, path);
        return value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var number) ? number : throw new InvalidDataException($"`{path}` is not a number.");
    }

    public static int Int(JsonElement element, string path)
    {
        var number = Number(element, path);
        return number is > 0 and <= int.MaxValue ? (int)number : throw new InvalidDataException($"`{path}` is out of range.");
    }

    /// <summary>True only for a JSON <c>true</c>; absent or null (<c>merged</c> before GitHub computed it) is false.</summary>
    public static bool Flag(JsonElement element, string path)
    {
        var current = element;
        foreach (var name in path.Split('.'))
        {
            if (current.ValueKind != JsonValueKind.Object || !current.TryGetProperty(name, out current))
            {
                return false;
            }
        }

        return current.ValueKind == JsonValueKind.True;
    }

    public static DateTimeOffset Time(JsonElement element, string path) =>
        DateTimeOffset.TryParse(String(element, path), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time)
            ? time
            : throw new InvalidDataException($"`{path}` is not a time.");

    /// <summary>A user as <c>login</c> and <c>type</c>; GitHub Apps are <c>Bot</c>.</summary>
    public static PlanBot.Core.Conversation.Actor Actor(JsonElement element, string path) =>
        new(String(element, path + ".login"), string.Equals(OptionalString(element, path + ".type"), "Bot", StringComparison.OrdinalIgnoreCase));
}
