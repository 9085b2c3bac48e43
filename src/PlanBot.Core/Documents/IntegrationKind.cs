namespace PlanBot.Core.Documents;

public enum IntegrationKind
{
    DataStore,
    MessageBroker,
    PlatformService,
    ExternalApi,
}
