using System.Text.Json;
using PlanBot.Core.Ports;

namespace PlanBot.GitHub.Installations;

/// <summary>The parts of <c>installation</c> and <c>installation_repositories</c> payloads the purge needs.</summary>
internal static class InstallationPayload
{
    /// <exception cref="InvalidDataException">The payload names no installation; GitHub always does, so retrying cannot help.</exception>
    public static long InstallationId(WebhookEvent webhookEvent) =>
        webhookEvent.InstallationId
        ?? throw new InvalidDataException($"{webhookEvent.Event}.{webhookEvent.Action} delivery {webhookEvent.DeliveryId} names no installation.");

    /// <summary><c>repositories_removed[].full_name</c> split into owner and name.</summary>
    /// <exception cref="InvalidDataException">An entry has no <c>owner/name</c> full name.</exception>
    public static IReadOnlyList<(string Owner, string Repo)> RemovedRepositories(WebhookEvent webhookEvent)
    {
        if (!webhookEvent.Payload.TryGetProperty("repositories_removed", out var removed) || removed.ValueKind != JsonValueKind.Array)
        {
            throw new InvalidDataException($"installation_repositories delivery {webhookEvent.DeliveryId} has no repositories_removed list.");
        }

        return [.. removed.EnumerateArray().Select(repository => Split(repository, webhookEvent.DeliveryId))];
    }

    private static (string Owner, string Repo) Split(JsonElement repository, string deliveryId)
    {
        var fullName = repository.ValueKind == JsonValueKind.Object
            && repository.TryGetProperty("full_name", out var name) && name.ValueKind == JsonValueKind.String
                ? name.GetString()
                : null;
        var slash = fullName?.IndexOf('/', StringComparison.Ordinal) ?? -1;
        return fullName is not null && slash > 0 && slash < fullName.Length - 1 && fullName.IndexOf('/', slash + 1) < 0
            ? (fullName[..slash], fullName[(slash + 1)..])
            : throw new InvalidDataException($"installation_repositories delivery {deliveryId} lists a removed repository without an owner/name full_name.");
    }
}
