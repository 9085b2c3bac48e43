using Microsoft.Extensions.DependencyInjection;
using PlanBot.Core.Ports;

namespace PlanBot.GitHub.Webhooks;

/// <summary>
/// Picks the handler registered for event + action, else the one for the whole event, else the
/// <see cref="NullWebhookHandler"/>. Handlers are resolved from the container per delivery.
/// </summary>
public sealed class WebhookHandlerFactory(
    IServiceProvider services,
    IEnumerable<WebhookHandlerRegistration> registrations,
    NullWebhookHandler fallback) : IWebhookHandlerFactory
{
    private readonly WebhookHandlerRegistration[] registrations = [.. registrations];

    public IWebhookHandler Create(string eventName, string? action)
    {
        var match = registrations.FirstOrDefault(r => Same(r.Event, eventName) && r.Action is not null && Same(r.Action, action))
            ?? registrations.FirstOrDefault(r => Same(r.Event, eventName) && r.Action is null);
        return match is null ? fallback : (IWebhookHandler)services.GetRequiredService(match.HandlerType);
    }

    private static bool Same(string a, string? b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
