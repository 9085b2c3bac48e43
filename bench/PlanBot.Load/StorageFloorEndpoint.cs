using Azure.Storage.Queues;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using PlanBot.GitHub.Webhooks;

namespace PlanBot.Load;

/// <summary>
/// The floor for a durable acknowledgement: the signature check plus the one storage write any queueing ingress needs
/// (the body onto a queue), with none of PlanBot's code. What <c>planbot serve</c> costs beyond this is PlanBot's own;
/// what this costs beyond the signature-only floor is storage. <see cref="Queue"/> is emptied after its run: Azurite
/// slows down as it holds more messages, and the next target should not pay for this one's.
/// </summary>
internal static class StorageFloorEndpoint
{
    public static async Task<(WebApplication App, QueueClient Queue)> BuildAsync(string secret, string connectionString, CancellationToken cancellationToken)
    {
        var queue = new QueueClient(connectionString, "floor" + Guid.NewGuid().ToString("N")[..12]);
        await queue.CreateIfNotExistsAsync(cancellationToken: cancellationToken);

        var builder = WebApplication.CreateSlimBuilder(["--urls", "http://127.0.0.1:0", "--Logging:LogLevel:Default=Warning"]);
        var app = builder.Build();
        app.MapPost("/api/github/webhooks", async (HttpRequest request, CancellationToken cancellationToken) =>
        {
            using var body = new MemoryStream();
            await request.Body.CopyToAsync(body, cancellationToken);
            var bytes = body.GetBuffer().AsMemory(0, (int)body.Length);
            if (!WebhookSignature.IsValid(secret, bytes.Span, request.Headers[WebhookSignature.HeaderName]))
            {
                return Results.StatusCode(StatusCodes.Status401Unauthorized);
            }

            await queue.SendMessageAsync(Convert.ToBase64String(bytes.Span), cancellationToken);
            return Results.StatusCode(StatusCodes.Status202Accepted);
        });
        return (app, queue);
    }
}
