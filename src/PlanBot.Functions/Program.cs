using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Hosting;
using PlanBot.GitHub.Conversation;
using PlanBot.GitHub.Webhooks;
using PlanBot.Storage;

var builder = FunctionsApplication.CreateBuilder(args);
builder.ConfigureFunctionsWebApplication();
builder.Services.AddPlanBotStorage(builder.Configuration).AddPlanBotWebhooks(builder.Configuration).AddPlanBotConversation();
builder.Build().Run();
