using System.Text.Json;
using System.Text.Json.Serialization;
using PlanBot.Core;
using PlanBot.Core.Ports;

namespace PlanBot.GitHub.Tracking;

/// <summary>
/// PlanBot's own jobs as <see cref="WebhookEvent"/>s on the webhook queue. Their event names contain a dot, which no
/// GitHub event name does, so a delivery can never pass for one.
/// </summary>
public static partial class TrackingJobs
{
    public const string Publish = "planbot.publish";

    public const string Track = "planbot.track";

    public const string Daily = "planbot.daily";

    // Generated at build time: the ahead-of-time compiled `planbot serve` has no reflection to fall back on.
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { TypeInfoResolver = Contracts.Default };

    public static WebhookEvent ForPublish(PublishRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Create(Publish, request.Repository, new PublishJob(request.Reason, request.RequestedBy, request.DeliveryId));
    }

    public static WebhookEvent ForTrack(RepositoryRef repository, string eventDelivery) => Create(Track, repository, new TrackJob(eventDelivery));

    public static WebhookEvent ForDaily(RepositoryRef repository, DateOnly day) => Create(Daily, repository, new DailyJob(day));

    /// <summary>The repository a job is about.</summary>
    /// <exception cref="InvalidDataException">The job names no installation or no <c>owner/name</c>.</exception>
    public static RepositoryRef Repository(WebhookEvent job)
    {
        ArgumentNullException.ThrowIfNull(job);
        return job is { InstallationId: { } installation, Repository: { } fullName } && fullName.Split('/') is [{ Length: > 0 } owner, { Length: > 0 } name]
            ? new RepositoryRef(installation, owner, name)
            : throw new InvalidDataException($"Job {job.DeliveryId} ({job.Event}) names no installation and repository.");
    }

    /// <exception cref="InvalidDataException">The payload is not a <typeparamref name="T"/>.</exception>
    public static T Payload<T>(WebhookEvent job)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(job);
        try
        {
            return job.Payload.Deserialize(Json.Contract<T>()) ?? throw new InvalidDataException($"Job {job.DeliveryId} ({job.Event}) has no payload.");
        }
        catch (JsonException error)
        {
            throw new InvalidDataException($"Job {job.DeliveryId} ({job.Event}) has a payload that is not a {typeof(T).Name}.", error);
        }
    }

    private static WebhookEvent Create<T>(string name, RepositoryRef repository, T payload)
    {
        ArgumentNullException.ThrowIfNull(repository);
        return new WebhookEvent(
            $"{name.Replace('.', '-')}-{Guid.NewGuid():N}", name, null, repository.InstallationId, repository.FullName, JsonSerializer.SerializeToElement(payload, Json.Contract<T>()));
    }

    [JsonSerializable(typeof(PublishJob))]
    [JsonSerializable(typeof(TrackJob))]
    [JsonSerializable(typeof(DailyJob))]
    private sealed partial class Contracts : JsonSerializerContext;
}
