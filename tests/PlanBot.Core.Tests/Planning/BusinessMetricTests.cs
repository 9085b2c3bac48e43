using PlanBot.Core.Planning.Inputs;

namespace PlanBot.Core.Tests.Planning;

/// <summary>
/// A business success metric (what people do or feel, or a success criterion that states no quantity of the system)
/// is measured once people use the product, never load-tested; a quantity of the system is.
/// </summary>
public sealed class BusinessMetricTests
{
    [Theory]
    [InlineData("Bug response time: < 4h (P0), < 24h (P1)", false, true)]
    [InlineData("Setup de verificação em < 30 minutos seguindo documentação", false, true)]
    [InlineData("Monthly reconciliation effort of the pilot customer below 8 person-hours", false, true)]
    [InlineData("Time-to-checkout — median time from \"click Add to Basket\" to \"looking at Tesco checkout\" under 2 minutes", true, true)]
    [InlineData("P99 < 200ms for read endpoints under production load.", true, false)]
    [InlineData("Page load time (p95): < 2s", true, false)]
    [InlineData("Payroll run time (500 emp): < 30s", true, false)]
    [InlineData("Matching run: 100,000 lines in under 5 minutes", false, false)]
    public void Is_a_business_metric(string text, bool successCriterion, bool expected) =>
        Assert.Equal(expected, Concerns.IsBusiness(text, successCriterion));

    [Fact]
    public void A_business_metric_among_the_targets_is_measured_at_release_and_not_load_tested()
    {
        const string prd = """
            # Payroll

            ## Functional Requirements
            - FR-001 Run the monthly payroll

            ## Success Metrics
            | Metric | Target |
            |--------|--------|
            | Payroll run time (500 emp) | < 30s |
            | Bug response time | < 4h |
            """;

        var criteria = Plans.Weeks(Plans.Build(new Core.Documents.DocumentAnalyzer().Analyze(prd, "# TRD\n"), string.Empty)).SelectMany(w => w.AcceptanceCriteria).Select(c => c.Text).ToList();

        Assert.Contains(criteria, c => c.StartsWith("Proven by a ", StringComparison.Ordinal) && c.Contains("< 30s", StringComparison.Ordinal));
        Assert.DoesNotContain(criteria, c => c.StartsWith("Proven by a ", StringComparison.Ordinal) && c.Contains("< 4h", StringComparison.Ordinal));
        Assert.Contains(criteria, c => c.StartsWith("Success criterion measured: ", StringComparison.Ordinal) && c.Contains("< 4h", StringComparison.Ordinal));
    }
}
