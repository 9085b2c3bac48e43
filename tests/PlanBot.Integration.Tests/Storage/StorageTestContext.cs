using Microsoft.Extensions.Options;
using PlanBot.Core.Ports;
using PlanBot.Storage;

namespace PlanBot.Integration.Tests.Storage;

/// <summary>The storage classes over the shared Azurite; each test uses its own installation id and queue.</summary>
internal static class StorageTestContext
{
    private static long nextInstallation = Random.Shared.NextInt64(1_000_000, 1_000_000_000);

    public static long NewInstallationId() => Interlocked.Increment(ref nextInstallation);

    public static StorageResources Resources(string connectionString, TimeSpan? retention = null) => new(Options(connectionString, retention));

    public static IOptions<StorageOptions> Options(string connectionString, TimeSpan? retention = null) =>
        Microsoft.Extensions.Options.Options.Create(new StorageOptions
        {
            ConnectionString = connectionString,
            QueueName = "t" + Guid.NewGuid().ToString("N"),
            DeliveriesTable = "d" + Guid.NewGuid().ToString("N"),
            DeliveryRetention = retention ?? TimeSpan.FromDays(3),
        });

    public static SessionKey Key(long installationId, string repo = "Hello-World", int pullRequest = 7) =>
        new(installationId, "Codertocat", repo, pullRequest);
}
