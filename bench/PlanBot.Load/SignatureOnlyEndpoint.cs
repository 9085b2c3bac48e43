using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using PlanBot.GitHub.Webhooks;

namespace PlanBot.Load;

/// <summary>The floor to compare against: Kestrel reading the body and checking the signature, nothing else.</summary>
internal static class SignatureOnlyEndpoint
{
    public static WebApplication Build(string secret)
    {
        var builder = WebApplication.CreateSlimBuilder(["--urls", "http://127.0.0.1:0", "--Logging:LogLevel:Default=Warning"]);
        var app = builder.Build();
        app.MapPost("/api/github/webhooks", async (HttpRequest request, CancellationToken cancellationToken) =>
        {
            using var body = new MemoryStream();
            await request.Body.CopyToAsync(body, cancellationToken);
            return WebhookSignature.IsValid(secret, body.GetBuffer().AsSpan(0, (int)body.Length), request.Headers[WebhookSignature.HeaderName])
                ? Results.StatusCode(StatusCodes.Status202Accepted)
                : Results.StatusCode(StatusCodes.Status401Unauthorized);
        });
        return app;
    }
}
