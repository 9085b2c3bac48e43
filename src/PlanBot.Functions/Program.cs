using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Azure.Functions.Worker.OpenTelemetry;
using Microsoft.Extensions.Hosting;
using PlanBot.GitHub;
using PlanBot.GitHub.Conversation;
using PlanBot.GitHub.Installations;
using PlanBot.GitHub.Telemetry;
using PlanBot.GitHub.Tracking;
using PlanBot.GitHub.Webhooks;
using PlanBot.Storage;

var builder = FunctionsApplication.CreateBuilder(args);
builder.ConfigureFunctionsWebApplication();
builder.Services
    .AddPlanBotStorage(builder.Configuration)
    .AddPlanBotWebhooks(builder.Configuration)
    .AddPlanBotLifecycle()
    .AddPlanBotGitHub(builder.Configuration)
    .AddPlanBotConversation()
    .AddPlanBotTracking(builder.Configuration);
builder.Services.AddPlanBotTelemetry(builder.Configuration).UseFunctionsWorkerDefaults();
builder.Build().Run();
