namespace PlanBot.GitHub.Webhooks;

/// <summary>Says that <paramref name="HandlerType"/> handles <paramref name="Event"/>; a null action means every action.</summary>
public sealed record WebhookHandlerRegistration(string Event, string? Action, Type HandlerType);
