namespace PlanBot.Integration.Tests.GitHub;

/// <summary>An <see cref="IHttpMessageHandlerFactory"/> whose every transport is one given handler.</summary>
public sealed class SingleTransport(HttpMessageHandler handler) : IHttpMessageHandlerFactory
{
    public HttpMessageHandler CreateHandler(string name) => handler;
}
