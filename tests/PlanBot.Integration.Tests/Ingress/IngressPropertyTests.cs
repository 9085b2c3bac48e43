using System.Text;
using System.Text.Json;
using CsCheck;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NSubstitute;
using PlanBot.Core.Ports;
using PlanBot.GitHub.Webhooks;
using PlanBot.Integration.Tests.Infrastructure;
using Xunit;

namespace PlanBot.Integration.Tests.Ingress;

/// <summary>Random input never makes the signature check or the ingress throw, and only correctly signed JSON objects are queued.</summary>
public sealed class IngressPropertyTests
{
    private static readonly Gen<string> JsonValue = Gen.OneOf(
        Gen.Const("null"),
        Gen.Long.Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        Gen.String.Select(s => JsonSerializer.Serialize(s)),
        Gen.Const("[]"),
        Gen.Const("{\"id\":\"seven\"}"),
        Gen.Long.Select(n => $"{{\"id\":{n},\"full_name\":{n}}}"),
        Gen.String.Select(s => $"{{\"full_name\":{JsonSerializer.Serialize(s)},\"id\":1e400}}"));

    private static readonly Gen<byte[]> Bodies = Gen.OneOf(
        Gen.Byte.Array,
        Gen.String.Select(s => Encoding.UTF8.GetBytes(s)),
        Gen.Select(JsonValue, JsonValue, JsonValue, (a, i, r) => Encoding.UTF8.GetBytes($"{{\"action\":{a},\"installation\":{i},\"repository\":{r}}}")));

    [Fact]
    public void Any_header_validates_only_when_it_is_the_bodys_signature()
    {
        Gen.Select(Bodies, Gen.String).Sample((body, header) =>
        {
            var expected = WebhookSignature.Compute(WebhookRequests.Secret, body);
            Assert.Equal(
                string.Equals(header, expected, StringComparison.OrdinalIgnoreCase),
                WebhookSignature.IsValid(WebhookRequests.Secret, body, header));
            Assert.True(WebhookSignature.IsValid(WebhookRequests.Secret, body, expected));
        });
    }

    [Fact]
    public void A_signed_random_body_is_queued_if_it_is_a_json_object_and_refused_with_400_otherwise()
    {
        Bodies.Sample(body =>
        {
            var queue = Substitute.For<IWebhookQueue>();
            var ingress = new WebhookIngress(
                Options.Create(new WebhookOptions { WebhookSecret = WebhookRequests.Secret }), queue, TestTelemetry.Create(), NullLogger<WebhookIngress>.Instance);
            var context = new DefaultHttpContext();
            context.Request.ContentType = "application/json";
            context.Request.Body = new MemoryStream(body);
            context.Request.Headers[WebhookHeaders.Event] = "pull_request";
            context.Request.Headers[WebhookHeaders.Delivery] = "d-1";
            context.Request.Headers[WebhookSignature.HeaderName] = WebhookSignature.Compute(WebhookRequests.Secret, body);

            var result = ingress.HandleAsync(context.Request, CancellationToken.None).GetAwaiter().GetResult();

            var status = Assert.IsAssignableFrom<IStatusCodeHttpResult>(result).StatusCode;
            Assert.Equal(IsJsonObject(body) ? StatusCodes.Status202Accepted : StatusCodes.Status400BadRequest, status);
            Assert.Equal(status == StatusCodes.Status202Accepted ? 1 : 0, queue.ReceivedCalls().Count());
        });
    }

    [Fact]
    public void The_processor_dispatches_any_json_payload_without_tripping_over_its_shape()
    {
        var payloads = Gen.Select(JsonValue, JsonValue, (pr, issue) => $"{{\"pull_request\":{{\"number\":{pr}}},\"issue\":{{\"number\":{issue},\"pull_request\":{{}}}}}}");
        Gen.OneOf(JsonValue, payloads).Sample(json =>
        {
            using var document = JsonDocument.Parse(json);
            var queue = Substitute.For<IWebhookQueue>();
            queue.OpenAsync("m", Arg.Any<CancellationToken>())
                .Returns(new WebhookEvent("d-1", "pull_request", "opened", 1, "o/r", document.RootElement.Clone()));
            var recorder = new RecordingWebhookHandler();
            var handlers = Substitute.For<IWebhookHandlerFactory>();
            handlers.Create("pull_request", "opened").Returns(recorder);
            var processor = new WebhookMessageProcessor(
                queue, handlers, new InMemoryDeliveryLedger(), Substitute.For<IJobQueue>(), TimeProvider.System, TestTelemetry.Create(), Options.Create(new WebhookQueueOptions()), NullLogger<WebhookMessageProcessor>.Instance);

            processor.ProcessAsync("m", "m-1", 1, CancellationToken.None).GetAwaiter().GetResult();

            Assert.Single(recorder.Received);
        });
    }

    private static bool IsJsonObject(byte[] body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.ValueKind == JsonValueKind.Object;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
