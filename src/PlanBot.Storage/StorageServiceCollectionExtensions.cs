using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PlanBot.Core.Conversation;
using PlanBot.Core.Ports;

namespace PlanBot.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Sessions, decision log, delivery ledger, publications, run checkpoints, the webhook queue (which also carries
    /// PlanBot's own jobs) and the storage probe, from <c>PlanBot:Storage</c>.
    /// </summary>
    public static IServiceCollection AddPlanBotStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StorageOptions>().Bind(configuration.GetSection(StorageOptions.SectionName));
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<StorageResources>();
        services.AddSingleton<ISessionStore, TableSessionStore>();
        services.AddSingleton<IDecisionLog, TableDecisionLog>();
        services.AddSingleton<IDeliveryLedger, TableDeliveryLedger>();
        services.AddSingleton<StorageWebhookQueue>();
        services.AddSingleton<IWebhookQueue>(provider => provider.GetRequiredService<StorageWebhookQueue>());
        services.AddSingleton<IJobQueue>(provider => provider.GetRequiredService<StorageWebhookQueue>());
        services.AddSingleton<IPublicationStore, TablePublicationStore>();
        services.AddSingleton<IRunCheckpointStore, TableRunCheckpointStore>();
        services.AddSingleton<ITrackingBurstStore, TableTrackingBurstStore>();
        services.AddSingleton<IStorageProbe, StorageProbe>();
        services.AddSingleton<PlanningSessionPurger>();
        return services;
    }
}
