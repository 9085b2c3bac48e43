using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Hosting;
using PlanBot.GitHub;
using PlanBot.GitHub.Tracking;
using PlanBot.GitHub.Webhooks;
using PlanBot.Storage;

var builder = FunctionsApplication.CreateBuilder(args);
builder.ConfigureFunctionsWebApplication();
builder.Services
    .AddPlanBotStorage(builder.Configuration)
    .AddPlanBotWebhooks(builder.Configuration)
    .AddPlanBotGitHub(builder.Configuration)
    .AddPlanBotTracking(builder.Configuration);
builder.Build().Run();
