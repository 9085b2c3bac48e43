using Azure.Core;
using Azure.Data.Tables;
using Azure.Identity;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Microsoft.Extensions.Options;

namespace PlanBot.Storage;

/// <summary>
/// The tables, queues and blob container PlanBot uses, created on first use. Creation is deferred so the host starts
/// (and the health endpoint can say why) even when storage is down.
/// </summary>
public sealed class StorageResources
{
    private readonly Lock sync = new();
    private Task? creation;

    public StorageResources(IOptions<StorageOptions> options)
    {
        var settings = options.Value;
        var queueOptions = new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 };
        TableServiceClient tables;
        QueueServiceClient queues;
        BlobServiceClient blobs;
        if (!string.IsNullOrWhiteSpace(settings.AccountName))
        {
            TokenCredential credential = new DefaultAzureCredential(new DefaultAzureCredentialOptions
            {
                ManagedIdentityClientId = string.IsNullOrWhiteSpace(settings.ManagedIdentityClientId) ? null : settings.ManagedIdentityClientId,
            });
            tables = new TableServiceClient(Endpoint(settings.AccountName, "table"), credential);
            queues = new QueueServiceClient(Endpoint(settings.AccountName, "queue"), credential, queueOptions);
            blobs = new BlobServiceClient(Endpoint(settings.AccountName, "blob"), credential);
        }
        else
        {
            var connectionString = string.IsNullOrWhiteSpace(settings.ConnectionString) ? "UseDevelopmentStorage=true" : settings.ConnectionString;
            tables = new TableServiceClient(connectionString);
            queues = new QueueServiceClient(connectionString, queueOptions);
            blobs = new BlobServiceClient(connectionString);
        }

        Sessions = tables.GetTableClient(settings.SessionsTable);
        Decisions = tables.GetTableClient(settings.DecisionsTable);
        Deliveries = tables.GetTableClient(settings.DeliveriesTable);
        Publications = tables.GetTableClient(settings.PublicationsTable);
        Runs = tables.GetTableClient(settings.RunsTable);
        Queue = queues.GetQueueClient(settings.QueueName);
        PoisonQueue = queues.GetQueueClient(settings.PoisonQueueName);
        Payloads = blobs.GetBlobContainerClient(settings.PayloadContainer);
    }

    public TableClient Sessions { get; }

    public TableClient Decisions { get; }

    public TableClient Deliveries { get; }

    public TableClient Publications { get; }

    public TableClient Runs { get; }

    public QueueClient Queue { get; }

    public QueueClient PoisonQueue { get; }

    public BlobContainerClient Payloads { get; }

    /// <summary>Creates everything once; a failed or cancelled attempt is retried by the next caller.</summary>
    public Task EnsureCreatedAsync(CancellationToken cancellationToken)
    {
        Task pending;
        lock (sync)
        {
            if (creation is null || creation.IsFaulted || creation.IsCanceled)
            {
                // Not tied to one caller's token: a caller that gives up must not cancel creation for the others.
                creation = CreateAsync(CancellationToken.None);
            }

            pending = creation;
        }

        return pending.IsCompletedSuccessfully ? Task.CompletedTask : pending.WaitAsync(cancellationToken);
    }

    private Task CreateAsync(CancellationToken cancellationToken) =>
        Task.WhenAll(
            Sessions.CreateIfNotExistsAsync(cancellationToken),
            Decisions.CreateIfNotExistsAsync(cancellationToken),
            Deliveries.CreateIfNotExistsAsync(cancellationToken),
            Publications.CreateIfNotExistsAsync(cancellationToken),
            Runs.CreateIfNotExistsAsync(cancellationToken),
            Queue.CreateIfNotExistsAsync(cancellationToken: cancellationToken),
            PoisonQueue.CreateIfNotExistsAsync(cancellationToken: cancellationToken),
            Payloads.CreateIfNotExistsAsync(cancellationToken: cancellationToken));

    private static Uri Endpoint(string account, string service) =>
        new($"https://{account}.{service}.core.windows.net");
}
