using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using PlanBot.GitHub.Webhooks;

namespace PlanBot.Functions;

/// <summary><c>POST /api/github/webhooks</c>: anonymous at the Functions level because the HMAC signature is the authentication.</summary>
public sealed class WebhookFunction(WebhookIngress ingress)
{
    [Function("GitHubWebhook")]
    public async Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "github/webhooks")] HttpRequest request,
        CancellationToken cancellationToken) =>
        new ResultActionAdapter(await ingress.HandleAsync(request, cancellationToken).ConfigureAwait(false));
}
