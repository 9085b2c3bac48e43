using PlanBot.Integration.Tests.FakeGitHub;

namespace PlanBot.Integration.Tests.Conversation;

/// <summary>
/// A fake GitHub with Prism in front, both on the journey's <see cref="ShiftedClock"/> (the App's JWTs and the
/// installation tokens are checked against it, so PlanBot and the fake must share it).
/// </summary>
public sealed class JourneyFixture : IAsyncLifetime
{
    public ShiftedClock Clock { get; } = new(new DateTimeOffset(2026, 11, 25, 9, 0, 0, TimeSpan.Zero));

    public FakeGitHubServer Server { get; private set; } = null!;

    public PrismProxy Prism { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Server = await FakeGitHubServer.StartAsync(Clock);
        Prism = await PrismProxy.StartAsync(Server.BaseAddress);
        Server.PublicBaseAddress = Prism.BaseAddress.ToString();
    }

    public async Task DisposeAsync()
    {
        await Prism.DisposeAsync();
        await Server.DisposeAsync();
    }
}
