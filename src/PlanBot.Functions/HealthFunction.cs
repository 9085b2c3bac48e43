using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using PlanBot.GitHub.Webhooks;

namespace PlanBot.Functions;

public sealed class HealthFunction(HealthEndpoint health)
{
    [Function("Health")]
    public async Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "health")] HttpRequest request,
        CancellationToken cancellationToken) =>
        new ResultActionAdapter(await health.CheckAsync(cancellationToken).ConfigureAwait(false));
}
