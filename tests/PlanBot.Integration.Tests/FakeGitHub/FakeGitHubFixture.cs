namespace PlanBot.Integration.Tests.FakeGitHub;

/// <summary>
/// One fake GitHub with Prism in front for a test collection (Prism takes seconds to load GitHub's description). Tests
/// use their own repositories, so they do not see each other's state; <see cref="Prism"/> validates all traffic sent to
/// <see cref="ValidatedAddress"/>.
/// </summary>
public sealed class FakeGitHubFixture : IAsyncLifetime
{
    public FakeGitHubServer Server { get; private set; } = null!;

    public PrismProxy Prism { get; private set; } = null!;

    /// <summary>Requests sent here pass through Prism to the fake.</summary>
    public Uri ValidatedAddress => Prism.BaseAddress;

    public async Task InitializeAsync()
    {
        Server = await FakeGitHubServer.StartAsync();
        Prism = await PrismProxy.StartAsync(Server.BaseAddress);
        Server.PublicBaseAddress = Prism.BaseAddress.ToString();

        // The first answer loads GitHub's examples (13 MB); do it before any test measures time.
        _ = GitHubShapes.User("warm-up");
    }

    public async Task DisposeAsync()
    {
        await Prism.DisposeAsync();
        await Server.DisposeAsync();
    }
}
