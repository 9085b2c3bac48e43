using PlanBot.Core.Documents;
using PlanBot.Core.Planning.Work;

namespace PlanBot.Core.Tests.Planning;

/// <summary>
/// A requirement without criteria of its own is accepted on what it builds: each endpoint's answers, marked "(derived)";
/// without endpoints, on its notes and on what the TRD's lines for it specify, each with the line it is derived from.
/// </summary>
public sealed class DerivedCriteriaTests
{
    [Theory]
    [InlineData("POST", "/v1/links", "POST /v1/links answers 201 for a valid request and 400 with a message for an invalid one (derived)")]
    [InlineData("GET", "/v1/links/{code}", "GET /v1/links/{code} answers 200 for a known code and 404 for an unknown one (derived)")]
    [InlineData("GET", "/v1/links", "GET /v1/links answers 200 with what it lists, and an empty list when there is nothing (derived)")]
    [InlineData("DELETE", "/v1/links/:code", "DELETE /v1/links/:code answers 204 and the resource is gone; 404 for an unknown code (derived)")]
    [InlineData("PATCH", "/v1/fee-schedules/{id}/activate", "PATCH /v1/fee-schedules/{id}/activate answers 200 with the change saved; 400 for an invalid change and 404 for an unknown id (derived)")]
    public void An_endpoint_says_how_to_see_it_done(string method, string path, string expected)
    {
        Assert.Equal(expected, FeatureItems.Derived(new ApiEndpoint(method, path, 1)));
    }

    [Fact]
    public void A_requirement_without_criteria_or_endpoints_is_accepted_on_its_notes_and_the_TRD_lines_for_it()
    {
        const string prd = """
            # Payroll

            ## Functional Requirements

            | ID | Requirement | Priority | Notes |
            |----|-------------|----------|-------|
            | PRL-08 | PAYE tax calculation | P0 | Per ZIMRA bands |
            | PRL-09 | AIDS Levy calculation | P0 | Yes |
            """;
        const string trd = """
            # Payroll TRD

            ## Tax Calculation Flow

            ```
            AIDS Levy = PAYE × AIDS_LEVY_RATE
            ```
            """;

        var criteria = Plans.Weeks(Plans.Build(new DocumentAnalyzer().Analyze(prd, trd), string.Empty)).SelectMany(w => w.AcceptanceCriteria).Select(c => c.Text).ToList();

        Assert.Contains("PRL-08: PAYE tax calculation: per ZIMRA bands (derived from PRD line 7)", criteria);
        Assert.Contains("PRL-09: `AIDS Levy = PAYE × AIDS_LEVY_RATE` (derived from TRD line 6)", criteria);
        Assert.DoesNotContain(criteria, c => c.Contains("are in the TRD, each covered by a test", StringComparison.Ordinal));
    }

    [Fact]
    public void A_requirement_the_TRD_names_nothing_in_code_for_is_accepted_on_the_TRD_statement_about_it()
    {
        const string prd = """
            # Atlas

            ## Functional Requirements

            | ID | Requirement | Priority | Acceptance criteria |
            |----|-------------|----------|---------------------|
            | FR-001 | Background workers with retry and dead-letter handling | P0 | |
            | FR-002 | Audit trail of every change | P0 | An audit record cannot be deleted |
            """;
        const string trd = """
            # Atlas TRD

            ## Messaging
            - Kafka consumer and producer module.
            - Worker engine with retry, backoff, and dead-letter queue.

            ## Audit
            - Every change writes an audit trail entry in the same transaction.
            """;

        var weeks = Plans.Weeks(Plans.Build(new DocumentAnalyzer().Analyze(prd, trd), string.Empty)).ToList();
        var criteria = weeks.SelectMany(w => w.AcceptanceCriteria).Select(c => c.Text).ToList();
        var tasks = weeks.SelectMany(w => w.Tasks).ToList();

        Assert.Contains("FR-001: Worker engine with retry, backoff, and dead-letter queue (derived from TRD line 5)", criteria);
        Assert.Contains("FR-001: Worker engine with retry, backoff, and dead-letter queue (TRD line 5)", tasks);
        Assert.DoesNotContain(criteria, c => c.Contains("Kafka consumer", StringComparison.Ordinal));

        // A requirement with criteria of its own is built to them: a statement found by its title's words alone is no task of it.
        Assert.DoesNotContain(tasks, t => t.Contains("(TRD line 8)", StringComparison.Ordinal));
    }

    [Fact]
    public void A_requirement_without_criteria_is_accepted_on_its_endpoints()
    {
        var prd = SmallServiceDocuments.Prd.Replace("- A valid http or https URL gets a seven-character code that is unique\n- An invalid URL is refused with a message that says why\n", string.Empty, StringComparison.Ordinal);
        var plan = Plans.Build(new DocumentAnalyzer().Analyze(prd, SmallServiceDocuments.Trd), SmallServiceDocuments.Answers);

        var criteria = Plans.Weeks(plan).SelectMany(w => w.AcceptanceCriteria).Select(c => c.Text).ToList();
        Assert.Contains(criteria, c => c.StartsWith("POST /v1/links answers 201", StringComparison.Ordinal) && c.EndsWith("(derived)", StringComparison.Ordinal));
        Assert.DoesNotContain(criteria, c => c.StartsWith("Shorten a link: its data, interface and errors are in the TRD", StringComparison.Ordinal));
    }
}
