using System.Text.Json;

namespace PlanBot.GitHub.Http;

/// <summary>The <c>message</c> of a GitHub error body, for exception texts; the raw start of the body when it is not JSON.</summary>
public static class GitHubErrorMessage
{
    private const int MaxLength = 300;

    public static string Of(string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        try
        {
            using var json = JsonDocument.Parse(body);
            if (json.RootElement.ValueKind == JsonValueKind.Object
                && json.RootElement.TryGetProperty("message", out var message)
                && message.ValueKind == JsonValueKind.String)
            {
                return message.GetString()!;
            }
        }
        catch (JsonException)
        {
        }

        return body.Length <= MaxLength ? body : body[..MaxLength] + "…";
    }
}
