namespace PlanBot.Core.Documents;

/// <summary>How the questions and the plan name a kind of integration.</summary>
public static class IntegrationKindNames
{
    public static string Of(IntegrationKind kind) => kind switch
    {
        IntegrationKind.DataStore => "data store",
        IntegrationKind.MessageBroker => "message broker",
        IntegrationKind.PlatformService => "platform service",
        IntegrationKind.IdentityProvider => "identity provider",
        IntegrationKind.AiService => "AI service",
        IntegrationKind.Payment => "payment service",
        IntegrationKind.Email => "e-mail service",
        _ => "external API",
    };
}
