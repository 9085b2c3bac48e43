namespace PlanBot.Integration.Tests.FakeGitHub;

[CollectionDefinition(Name)]
public sealed class FakeGitHubCollection : ICollectionFixture<FakeGitHubFixture>
{
    public const string Name = "FakeGitHub";
}
