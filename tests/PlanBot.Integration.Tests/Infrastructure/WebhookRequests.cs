using System.Net.Http.Headers;
using PlanBot.GitHub.Webhooks;

namespace PlanBot.Integration.Tests.Infrastructure;

/// <summary>Builds deliveries the way GitHub sends them; each part can be left out or spoiled.</summary>
internal static class WebhookRequests
{
    public const string Secret = "It's a Secret to Everybody";

    public static HttpRequestMessage Signed(
        string eventName,
        string deliveryId,
        byte[] body,
        string? signature = "valid",
        string contentType = "application/json",
        bool includeEvent = true,
        bool includeDelivery = true)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/github/webhooks") { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        if (includeEvent)
        {
            request.Headers.Add(WebhookHeaders.Event, eventName);
        }

        if (includeDelivery)
        {
            request.Headers.Add(WebhookHeaders.Delivery, deliveryId);
        }

        if (signature is not null)
        {
            request.Headers.Add(WebhookSignature.HeaderName, signature == "valid" ? WebhookSignature.Compute(Secret, body) : signature);
        }

        return request;
    }

    public static string NewDeliveryId() => Guid.NewGuid().ToString();
}
