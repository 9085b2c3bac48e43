using Azure.Storage.Queues;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PlanBot.Cli.Serve;

namespace PlanBot.Integration.Tests.Infrastructure;

/// <summary><c>planbot serve</c> on a free loopback port against the shared Azurite, with its own queue.</summary>
public sealed class ServeTestHost : IAsyncDisposable
{
    private readonly WebApplication app;

    private ServeTestHost(WebApplication app, string connectionString, string queueName, RecordingLoggerProvider logs)
    {
        this.app = app;
        Logs = logs;
        var options = new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 };
        Queue = new QueueClient(connectionString, queueName, options);
        PoisonQueue = new QueueClient(connectionString, queueName + "-poison", options);
        Client = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };
    }

    public HttpClient Client { get; }

    public QueueClient Queue { get; }

    public QueueClient PoisonQueue { get; }

    public RecordingLoggerProvider Logs { get; }

    public IServiceProvider Services => app.Services;

    /// <param name="poller">False leaves messages in the queue so a test can count them.</param>
    /// <param name="settings">Extra or replacing <c>--key=value</c> settings (an empty value removes one).</param>
    public static async Task<ServeTestHost> StartAsync(
        string connectionString,
        bool poller = true,
        Action<IServiceCollection>? configure = null,
        IReadOnlyDictionary<string, string>? settings = null)
    {
        var queueName = "t" + Guid.NewGuid().ToString("N");
        var values = new Dictionary<string, string>
        {
            ["urls"] = "http://127.0.0.1:0",
            ["PlanBot:WebhookSecret"] = WebhookRequests.Secret,
            ["PlanBot:GitHub:Token"] = "test-token",
            // Hosts that are not given a fake GitHub must never reach the real one: the discard port refuses at once.
            ["PlanBot:GitHub:ApiUrl"] = "http://127.0.0.1:9/",
            ["PlanBot:Storage:ConnectionString"] = connectionString,
            ["PlanBot:Storage:QueueName"] = queueName,
            ["PlanBot:Queue:VisibilityTimeout"] = "00:00:01",
            ["PlanBot:Queue:PollInterval"] = "00:00:00.100",
            ["PlanBot:Queue:MaxDequeueCount"] = "3",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            values[key] = value;
        }

        var logs = new RecordingLoggerProvider();
        var args = values.Where(p => p.Value.Length > 0).Select(p => $"--{p.Key}={p.Value}").ToArray();
        var app = ServeHost.Build(args, services =>
        {
            services.AddSingleton<ILoggerProvider>(logs);
            if (!poller)
            {
                services.Remove(services.Single(d => d.ImplementationType == typeof(QueuePoller)));
            }

            configure?.Invoke(services);
        });
        try
        {
            await app.StartAsync();
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }

        return new ServeTestHost(app, connectionString, queueName, logs);
    }

    /// <summary>Messages waiting in the webhook queue; none when nothing has created it yet.</summary>
    public async Task<int> QueuedCountAsync() =>
        (await Queue.ExistsAsync()).Value ? (await Queue.PeekMessagesAsync(32)).Value.Length : 0;

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
