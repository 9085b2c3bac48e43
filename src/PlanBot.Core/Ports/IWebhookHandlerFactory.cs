namespace PlanBot.Core.Ports;

/// <summary>Maps an event and action (<c>pull_request</c> + <c>opened</c>) to the handler that does its work.</summary>
public interface IWebhookHandlerFactory
{
    IWebhookHandler Create(string eventName, string? action);
}
