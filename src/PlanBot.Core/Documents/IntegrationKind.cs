namespace PlanBot.Core.Documents;

/// <summary>What a system the product talks to is: the plan builds stores and brokers in phase 1 and prototypes the external ones.</summary>
public enum IntegrationKind
{
    DataStore,
    MessageBroker,
    PlatformService,
    ExternalApi,
    IdentityProvider,
    AiService,
    Payment,
    Email,
}
