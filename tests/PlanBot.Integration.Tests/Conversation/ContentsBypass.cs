namespace PlanBot.Integration.Tests.Conversation;

/// <summary>
/// Sends contents-API calls straight to the fake instead of through Prism, which cannot route a <c>{path}</c> holding
/// slashes; the test checks those calls against GitHub's description itself.
/// </summary>
public sealed class ContentsBypass(Uri fake) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.RequestUri is { } uri && uri.AbsolutePath.Contains("/contents/", StringComparison.Ordinal))
        {
            request.RequestUri = new UriBuilder(uri) { Scheme = fake.Scheme, Host = fake.Host, Port = fake.Port }.Uri;
        }

        return base.SendAsync(request, cancellationToken);
    }
}
