using PlanBot.Core.Documents;
using PlanBot.Core.Planning;

namespace PlanBot.Core.Tests.Planning;

/// <summary>
/// Integrations are read from the sections that list them, with their kind, practices are not systems, and a system
/// the documents exclude is never planned: on a pair of our own.
/// </summary>
public sealed class IntegrationReadingTests
{
    private const string Prd = """
        # PRD: Parcel Lockers

        ## Functional Requirements
        - FR-001 Send the pickup code by e-mail
        - FR-002 Take payment for oversize parcels
        """;

    private const string Trd = """
        # TRD: Parcel Lockers

        ## Third-Party Services
        | Service | Purpose |
        |---------|---------|
        | Postmark | Sends pickup codes by e-mail |
        | Adyen | Takes card payments for oversize parcels |
        | Pinecone | Vector database for address matching |

        ## Dependencies
        - **Pre-commit hooks** — formatting and linting before every commit
        - **Code review** by a second engineer
        - **Locker Fleet API** — opens and closes the lockers

        ## Caching
        Do not use a Redis cache without explicit approval; PostgreSQL is the only store.
        """;

    private static readonly DocumentSet Documents = new DocumentAnalyzer().Analyze(Prd, Trd);

    [Fact]
    public void Systems_are_read_from_the_sections_that_list_them_with_their_kind()
    {
        Assert.Equal(
            ["Postmark Email", "Adyen Payment", "Pinecone DataStore", "Locker Fleet API ExternalApi", "PostgreSQL DataStore"],
            Documents.Trd.Integrations.OrderBy(i => i.Line).Select(i => $"{i.Name} {i.Kind}"));
    }

    [Fact]
    public void The_external_apis_are_prototyped_redis_is_never_planned_and_the_constraint_is_listed()
    {
        var plan = Plans.Build(Documents, string.Empty);

        var phase1 = plan.Document.Phases[0].Weeks.SelectMany(w => w.Tasks).ToList();
        Assert.All(["Postmark", "Adyen", "Locker Fleet API"], name => Assert.Contains($"Spike against a test environment of {name}: credentials, the calls this product needs, their errors", phase1));
        Assert.DoesNotContain("Redis", string.Join('\n', Plans.Weeks(plan).SelectMany(w => w.Tasks.Concat(w.Traces))), StringComparison.Ordinal);
        Assert.DoesNotContain(Plans.Weeks(plan).SelectMany(w => w.Traces), t => t is "Pre-commit hooks" or "Code review");
        Assert.Equal("Redis not planned", Assert.Single(plan.Assumptions, a => a.Topic == "constraint").Effect);
    }
}
