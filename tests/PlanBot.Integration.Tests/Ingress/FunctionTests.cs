using System.Text.Json;
using Azure.Storage.Queues;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PlanBot.Core.Ports;
using PlanBot.Functions;
using PlanBot.GitHub.Installations;
using PlanBot.GitHub.Webhooks;
using PlanBot.Integration.Tests.Infrastructure;
using PlanBot.Storage;
using Xunit;

namespace PlanBot.Integration.Tests.Ingress;

/// <summary>The Functions classes called directly, with the services Program.cs registers and a DefaultHttpContext.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class FunctionTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private readonly RecordingWebhookHandler recorder = new();
    private readonly RecordingLoggerProvider logs = new();
    private ServiceProvider services = null!;

    public Task InitializeAsync()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["PlanBot:WebhookSecret"] = WebhookRequests.Secret,
            ["PlanBot:GitHub:AppId"] = "12345",
            ["PlanBot:GitHub:PrivateKey"] = "pem",
            ["PlanBot:Storage:ConnectionString"] = azurite.ConnectionString,
            ["PlanBot:Storage:QueueName"] = "t" + Guid.NewGuid().ToString("N"),
        }).Build();
        var collection = new ServiceCollection()
            .AddLogging(logging => logging.AddProvider(logs))
            .AddSingleton<IConfiguration>(configuration)
            .AddPlanBotStorage(configuration)
            .AddPlanBotWebhooks(configuration)
            .AddPlanBotLifecycle()
            .AddSingleton(recorder)
            .AddWebhookHandler<RecordingWebhookHandler>("pull_request", "opened")
            .AddSingleton<ThrowingWebhookHandler>()
            .AddWebhookHandler<ThrowingWebhookHandler>("issues");
        services = collection.BuildServiceProvider();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await services.DisposeAsync();

    [Fact]
    public async Task The_webhook_function_accepts_a_signed_delivery_and_the_queue_function_dispatches_it()
    {
        var body = WebhookExamples.Get("pull_request", "opened");
        var delivery = WebhookRequests.NewDeliveryId();
        var context = Request(body, ("X-GitHub-Event", "pull_request"), ("X-GitHub-Delivery", delivery), (WebhookSignature.HeaderName, WebhookSignature.Compute(WebhookRequests.Secret, body)));

        await ExecuteAsync(await new WebhookFunction(services.GetRequiredService<WebhookIngress>()).RunAsync(context.Request, CancellationToken.None), context);

        Assert.Equal(StatusCodes.Status202Accepted, context.Response.StatusCode);
        var options = services.GetRequiredService<IOptions<StorageOptions>>().Value;
        var queue = new QueueClient(options.ConnectionString, options.QueueName, new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 });
        var message = Assert.Single((await queue.ReceiveMessagesAsync(32)).Value);

        await new WebhookQueueFunction(services.GetRequiredService<WebhookMessageProcessor>()).RunAsync(message.MessageText, message.MessageId, message.DequeueCount, CancellationToken.None);

        Assert.Equal(delivery, Assert.Single(recorder.Received).DeliveryId);
    }

    [Fact]
    public async Task Uninstalling_through_the_functions_purges_the_installations_sessions()
    {
        var installation = Storage.StorageTestContext.NewInstallationId();
        var key = Storage.StorageTestContext.Key(installation);
        var sessions = services.GetRequiredService<ISessionStore>();
        await sessions.SaveAsync(Core.Conversation.PlanningSession.Start(key, Storage.SessionSamples.At), null, CancellationToken.None);
        var body = InstallationPayloads.For("installation", "deleted", installation);
        var context = Request(body, ("X-GitHub-Event", "installation"), ("X-GitHub-Delivery", WebhookRequests.NewDeliveryId()), (WebhookSignature.HeaderName, WebhookSignature.Compute(WebhookRequests.Secret, body)));

        await ExecuteAsync(await new WebhookFunction(services.GetRequiredService<WebhookIngress>()).RunAsync(context.Request, CancellationToken.None), context);
        var options = services.GetRequiredService<IOptions<StorageOptions>>().Value;
        var message = Assert.Single((await new QueueClient(options.ConnectionString, options.QueueName, new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 }).ReceiveMessagesAsync(32)).Value);
        await new WebhookQueueFunction(services.GetRequiredService<WebhookMessageProcessor>()).RunAsync(message.MessageText, message.MessageId, message.DequeueCount, CancellationToken.None);

        Assert.Null(await sessions.GetAsync(key, CancellationToken.None));
    }

    [Fact]
    public async Task The_webhook_function_refuses_an_unsigned_delivery()
    {
        var context = Request(WebhookExamples.Get("pull_request", "opened"), ("X-GitHub-Event", "pull_request"), ("X-GitHub-Delivery", WebhookRequests.NewDeliveryId()));

        await ExecuteAsync(await new WebhookFunction(services.GetRequiredService<WebhookIngress>()).RunAsync(context.Request, CancellationToken.None), context);

        Assert.Equal(StatusCodes.Status401Unauthorized, context.Response.StatusCode);
    }

    [Fact]
    public async Task The_queue_function_rethrows_a_failure_so_the_host_retries()
    {
        await Assert.ThrowsAsync<InvalidDataException>(() =>
            new WebhookQueueFunction(services.GetRequiredService<WebhookMessageProcessor>()).RunAsync("{}", "m-1", 1, CancellationToken.None));
    }

    [Fact]
    public async Task The_queue_function_logs_the_delivery_id_when_the_last_try_fails()
    {
        var processor = services.GetRequiredService<WebhookMessageProcessor>();
        var queue = services.GetRequiredService<IWebhookQueue>();
        var delivery = WebhookRequests.NewDeliveryId();
        using var payload = JsonDocument.Parse(WebhookExamples.Get("issues", "edited"));
        await queue.EnqueueAsync(new WebhookEvent(delivery, "issues", "edited", null, "Codertocat/Hello-World", payload.RootElement.Clone()), CancellationToken.None);
        var options = services.GetRequiredService<IOptions<StorageOptions>>().Value;
        var message = Assert.Single((await new QueueClient(options.ConnectionString, options.QueueName, new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 }).ReceiveMessagesAsync(32)).Value);
        var function = new WebhookQueueFunction(processor);

        await Assert.ThrowsAsync<InvalidOperationException>(() => function.RunAsync(message.MessageText, message.MessageId, processor.MaxDequeueCount - 1, CancellationToken.None));
        await Assert.ThrowsAsync<InvalidOperationException>(() => function.RunAsync(message.MessageText, message.MessageId, processor.MaxDequeueCount, CancellationToken.None));

        Assert.Equal(delivery, Assert.Single(logs.Entries, e => e.EventId.Id == 1103).Values["DeliveryId"]);
        var lastTry = Assert.Single(logs.Entries, e => e.EventId.Id == 1104);
        Assert.Contains(delivery, lastTry.Message, StringComparison.Ordinal);
        Assert.Equal(delivery, lastTry.Scope["DeliveryId"]);
    }

    [Fact]
    public async Task The_cleanup_timer_purges_the_ledger_and_logs_how_many()
    {
        var function = new DeliveryLedgerCleanupFunction(
            services.GetRequiredService<IDeliveryLedger>(), services.GetRequiredService<ILogger<DeliveryLedgerCleanupFunction>>());

        await function.RunAsync(new Microsoft.Azure.Functions.Worker.TimerInfo(), CancellationToken.None);

        Assert.Single(logs.Entries, e => e.EventId.Id == 3001);
    }

    [Fact]
    public async Task The_health_function_reports_healthy_storage()
    {
        var context = new DefaultHttpContext { RequestServices = services };
        context.Response.Body = new MemoryStream();

        await ExecuteAsync(await new HealthFunction(services.GetRequiredService<HealthEndpoint>()).RunAsync(context.Request, CancellationToken.None), context);

        Assert.Equal(StatusCodes.Status200OK, context.Response.StatusCode);
        context.Response.Body.Position = 0;
        Assert.Equal("healthy", JsonDocument.Parse(context.Response.Body).RootElement.GetProperty("status").GetString());
    }

    private DefaultHttpContext Request(byte[] body, params (string Name, string Value)[] headers)
    {
        var context = new DefaultHttpContext { RequestServices = services };
        context.Request.Method = HttpMethods.Post;
        context.Request.ContentType = "application/json";
        context.Request.ContentLength = body.Length;
        context.Request.Body = new MemoryStream(body);
        context.Response.Body = new MemoryStream();
        foreach (var (name, value) in headers)
        {
            context.Request.Headers[name] = value;
        }

        return context;
    }

    private static Task ExecuteAsync(IActionResult result, HttpContext context) =>
        result.ExecuteResultAsync(new ActionContext(context, new RouteData(), new ActionDescriptor()));
}
