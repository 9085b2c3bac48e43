using PlanBot.Core.Documents;
using PlanBot.Core.Tests.Planning;

namespace PlanBot.Core.Tests.Documents;

/// <summary>A system the documents exclude is a constraint, listed in the plan's assumptions, and never planned as work.</summary>
public sealed class ConstraintTests
{
    [Theory]
    [InlineData("Caching: do not use a Redis-backed cache without explicit approval.", "Redis")]
    [InlineData("The library must not require RabbitMQ, MongoDB, Redis or any other server.", "MongoDB, RabbitMQ, Redis")]
    [InlineData("- No Kafka in v1.", "Kafka")]
    [InlineData("Kafka is out of scope for the first release.", "Kafka")]
    [InlineData("Runs without Redis; state lives in memory.", "Redis")]
    [InlineData("We avoid DynamoDB because of its pricing.", "DynamoDB")]
    [InlineData("O serviço não deve depender de RabbitMQ nem de Redis.", "RabbitMQ, Redis")]
    [InlineData("Do not use Redis for sessions, but Valkey.", "Redis")]
    [InlineData("The dead letter queue is a topic of the broker, not Redis.", "Redis")]
    public void A_system_a_sentence_excludes_is_a_constraint_and_not_an_integration(string sentence, string excluded)
    {
        var trd = new DocumentAnalyzer().Analyze($"# TRD: Tide Tables\n\n## Technology Stack\n\n{sentence}\n", DocumentKind.Trd);

        var constraint = Assert.Single(trd.Constraints);
        Assert.Equal(excluded, string.Join(", ", constraint.Excludes.Order(StringComparer.Ordinal)));
        Assert.Equal(5, constraint.Line);
        Assert.DoesNotContain(trd.Integrations, i => constraint.Excludes.Contains(i.Name));
    }

    [Theory]
    [InlineData("Sessions live in Redis. Do not use Redis for the job queue.")]
    [InlineData("Transactions are fetched from Midaz without duplicating them.")]
    [InlineData("PostgreSQL stores statements; no statement is deleted.")]
    public void A_system_the_documents_also_use_or_a_negation_about_something_else_is_no_constraint(string sentence)
    {
        var trd = new DocumentAnalyzer().Analyze($"# TRD: Tide Tables\n\n## Technology Stack\n\n{sentence}\n", DocumentKind.Trd);

        Assert.Empty(trd.Constraints);
        Assert.NotEmpty(trd.Integrations);
    }

    [Fact]
    public void An_excluded_store_is_never_planned_and_the_plan_lists_the_constraint()
    {
        const string trd = """
            # TRD: Tide Tables

            ## Technology Stack
            - PostgreSQL for the tide predictions
            - Caching: do not use a Redis-backed cache without explicit approval.

            ## API Specifications
            - GET /tides/{port}
            """;
        var documents = new DocumentAnalyzer().Analyze("# PRD: Tide Tables\n\n## Functional Requirements\n- FR-001 Show the tides of a port\n", trd);

        var plan = Plans.Build(documents, string.Empty);
        var markdown = Plans.Render(plan);

        Assert.DoesNotContain("Redis", string.Join('\n', Plans.Weeks(plan).SelectMany(w => w.Tasks.Concat(w.Traces).Concat(w.AcceptanceCriteria.Select(c => c.Text)))), StringComparison.Ordinal);
        var assumption = Assert.Single(plan.Assumptions, a => a.Topic == "constraint");
        Assert.Equal(("Caching: do not use a Redis-backed cache without explicit approval.", "TRD line 5", "Redis not planned"), (assumption.Value, assumption.Basis, assumption.Effect));
        Assert.Contains("PostgreSQL", markdown, StringComparison.Ordinal);
    }
}
