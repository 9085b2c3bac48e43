using PlanBot.Integration.Tests.FakeGitHub;

namespace PlanBot.Integration.Tests.GitHub;

/// <summary>Query strings are checked against GitHub's description like bodies are: names, enums, bounds, required ones.</summary>
public sealed class QueryContractTests
{
    private const string Milestones = "GET /repos/{owner}/{repo}/milestones";

    [Theory]
    [InlineData(Milestones, "?state=all&sort=due_date&direction=asc&per_page=100", "query sort=due_date: 'due_date' is not one of the allowed values")]
    [InlineData(Milestones, "?state=everything", "query state=everything: 'everything' is not one of the allowed values")]
    [InlineData(Milestones, "?per_page=many", "query per_page=many: String where the schema wants integer")]
    [InlineData("GET /repos/{owner}/{repo}/issues", "?labels=planbot&colour=red", "query parameter 'colour' is not one the operation takes")]
    public void A_query_GitHub_does_not_describe_is_a_violation(string endpoint, string query, string violation) =>
        Assert.Contains(OpenApiShapes.QueryViolations(endpoint, query), v => v.StartsWith(violation, StringComparison.Ordinal));

    [Theory]
    [InlineData(Milestones, "")]
    [InlineData(Milestones, "?state=all&sort=completeness&direction=desc&per_page=100&page=2")]
    [InlineData(Milestones, "?state=all&sort=due_on")]
    [InlineData("GET /repos/{owner}/{repo}/issues", "?state=all&labels=planbot&per_page=100&page=3")]
    public void A_query_as_GitHub_describes_it_passes(string endpoint, string query) =>
        Assert.Empty(OpenApiShapes.QueryViolations(endpoint, query));
}
