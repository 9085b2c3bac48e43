using System.Buffers;
using System.Diagnostics;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PlanBot.Core.Ports;
using PlanBot.Core.Telemetry;

namespace PlanBot.GitHub.Webhooks;

/// <summary>
/// <c>POST /api/github/webhooks</c>, shared by the Functions trigger and <c>planbot serve</c>: checks the request,
/// queues it, answers 202. The queue write is its only storage write, so the acknowledgement stays fast; a delivery
/// GitHub sends twice is queued twice and de-duplicated by <see cref="WebhookMessageProcessor"/>, which has to cope
/// with the queue's at-least-once delivery anyway. No GitHub call and no plan work happen here.
/// </summary>
public sealed class WebhookIngress(
    IOptions<WebhookOptions> options,
    IWebhookQueue queue,
    PlanBotTelemetry telemetry,
    ILogger<WebhookIngress> logger)
{
    private const int MaxDeliveryIdLength = 100;

    public async Task<IResult> HandleAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var secret = settings.WebhookSecret
            ?? throw new InvalidOperationException("PlanBot:WebhookSecret is not set; options validation should have stopped the host.");
        if (!IsJson(request.ContentType))
        {
            return Refuse(StatusCodes.Status400BadRequest, "Content-Type must be application/json (set the webhook's content type to JSON).");
        }

        var eventName = request.Headers[WebhookHeaders.Event].ToString();
        if (eventName.Length == 0)
        {
            return Refuse(StatusCodes.Status400BadRequest, $"The {WebhookHeaders.Event} header is missing.");
        }

        // GitHub's event names are lower-case words joined by '_'. Anything else — PlanBot's own job names have a
        // '.' — is refused, so a delivery can never pass for one of PlanBot's jobs.
        if (!IsGitHubEventName(eventName))
        {
            return Refuse(StatusCodes.Status400BadRequest, $"The {WebhookHeaders.Event} header is not a GitHub event name.");
        }

        var deliveryId = request.Headers[WebhookHeaders.Delivery].ToString();
        if (!IsDeliveryId(deliveryId))
        {
            return Refuse(StatusCodes.Status400BadRequest, $"The {WebhookHeaders.Delivery} header is missing or not a delivery id.");
        }

        // Until the signature is checked only the headers are known; the payload's repository and PR join below.
        using var deliveryScope = logger.BeginScope(new Dictionary<string, object?> { [PlanBotTags.DeliveryId] = deliveryId, [PlanBotTags.Event] = eventName });
        if (request.ContentLength > settings.WebhookMaxPayloadBytes)
        {
            return TooLarge(settings.WebhookMaxPayloadBytes);
        }

        if (await ReadAtMostAsync(request.Body, request.ContentLength, settings.WebhookMaxPayloadBytes, cancellationToken).ConfigureAwait(false) is not { } body)
        {
            return TooLarge(settings.WebhookMaxPayloadBytes);
        }

        var signature = request.Headers[WebhookSignature.HeaderName].ToString();
        if (signature.Length == 0)
        {
            return Refuse(StatusCodes.Status401Unauthorized, $"The {WebhookSignature.HeaderName} header is missing.");
        }

        if (!WebhookSignature.IsValid(secret, body.Span, signature))
        {
            return Refuse(StatusCodes.Status401Unauthorized, $"The {WebhookSignature.HeaderName} signature does not match the body.");
        }

        WebhookEvent webhookEvent;
        try
        {
            webhookEvent = Describe(deliveryId, eventName, body);
        }
        catch (JsonException)
        {
            return Refuse(StatusCodes.Status400BadRequest, "The body is not a JSON object.");
        }

        using var payloadScope = logger.BeginScope(WebhookDiagnostics.Scope(webhookEvent));
        WebhookDiagnostics.Tag(Activity.Current, webhookEvent);
        return await QueueAsync(webhookEvent, cancellationToken).ConfigureAwait(false);
    }

    private async Task<IResult> QueueAsync(WebhookEvent webhookEvent, CancellationToken cancellationToken)
    {
        try
        {
            await queue.EnqueueAsync(webhookEvent, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            WebhookLog.EnqueueFailed(logger, webhookEvent.DeliveryId, e);
            return TypedResults.Problem(
                detail: "The delivery could not be queued; GitHub may redeliver it.",
                statusCode: StatusCodes.Status503ServiceUnavailable);
        }

        WebhookLog.Queued(logger, webhookEvent.DeliveryId, webhookEvent.Event, webhookEvent.Action);
        telemetry.DeliveryQueued(webhookEvent.Event);
        return TypedResults.Accepted((string?)null, new IngressReceipt(webhookEvent.DeliveryId));
    }

    private IResult Refuse(int statusCode, string reason)
    {
        WebhookLog.Refused(logger, statusCode, reason);
        return TypedResults.Problem(detail: reason, statusCode: statusCode);
    }

    private IResult TooLarge(long limit) =>
        Refuse(StatusCodes.Status413PayloadTooLarge, $"The body is larger than {limit} bytes.");

    /// <summary>Only the routing fields are read here; the handlers read the rest from the queue.</summary>
    private static WebhookEvent Describe(string deliveryId, string eventName, ReadOnlyMemory<byte> body)
    {
        using var document = JsonDocument.Parse(body);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new JsonException("The payload is not an object.");
        }

        var action = root.TryGetProperty("action", out var a) && a.ValueKind == JsonValueKind.String ? a.GetString() : null;
        long? installationId = root.TryGetProperty("installation", out var i) && i.ValueKind == JsonValueKind.Object
            && i.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.Number && id.TryGetInt64(out var value) ? value : null;
        var repository = root.TryGetProperty("repository", out var r) && r.ValueKind == JsonValueKind.Object
            && r.TryGetProperty("full_name", out var name) && name.ValueKind == JsonValueKind.String ? name.GetString() : null;
        return new WebhookEvent(deliveryId, eventName, action, installationId, repository, root.Clone());
    }

    private static bool IsJson(string? contentType) =>
        contentType is not null
        && Microsoft.Net.Http.Headers.MediaTypeHeaderValue.TryParse(contentType, out var media)
        && media.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase);

    private static bool IsGitHubEventName(string value) =>
        value.Length <= MaxDeliveryIdLength && value.All(c => char.IsAsciiLetterLower(c) || c == '_');

    /// <summary>GitHub sends a GUID; the id also becomes a table key and a blob name, so only safe characters pass.</summary>
    private static bool IsDeliveryId(string value) =>
        value.Length is > 0 and <= MaxDeliveryIdLength && value.All(c => char.IsAsciiLetterOrDigit(c) || c == '-');

    /// <summary>Reads the body, or returns null as soon as it passes <paramref name="limit"/> bytes.</summary>
    private static async Task<ReadOnlyMemory<byte>?> ReadAtMostAsync(Stream stream, long? declaredLength, long limit, CancellationToken cancellationToken)
    {
        using var body = new MemoryStream(declaredLength is > 0 ? (int)declaredLength.Value : 16 * 1024);
        var chunk = ArrayPool<byte>.Shared.Rent(64 * 1024);
        try
        {
            int read;
            while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
            {
                if (body.Length + read > limit)
                {
                    return null;
                }

                body.Write(chunk, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }

        return new ReadOnlyMemory<byte>(body.GetBuffer(), 0, (int)body.Length);
    }
}
