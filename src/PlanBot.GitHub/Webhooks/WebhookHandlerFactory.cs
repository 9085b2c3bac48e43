using Microsoft.Extensions.DependencyInjection;
using PlanBot.Core.Ports;

namespace PlanBot.GitHub.Webhooks;

/// <summary>
/// Picks the handler registered last for the event and action (or for the whole event), else the
/// <see cref="NullWebhookHandler"/>. The last registration wins, so a host (or a test) can replace a handler that an
/// <c>Add…()</c> extension registered. Handlers are resolved from the container per delivery.
/// </summary>
public sealed class WebhookHandlerFactory(
    IServiceProvider services,
    IEnumerable<WebhookHandlerRegistration> registrations,
    NullWebhookHandler fallback) : IWebhookHandlerFactory
{
    private readonly WebhookHandlerRegistration[] registrations = [.. registrations];

    public IWebhookHandler Create(string eventName, string? action)
    {
        var match = registrations.LastOrDefault(r => Same(r.Event, eventName) && (r.Action is null || Same(r.Action, action)));
        return match is null ? fallback : (IWebhookHandler)services.GetRequiredService(match.HandlerType);
    }

    private static bool Same(string a, string? b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
