using PlanBot.Core.Documents;
using PlanBot.Core.Planning.Work;
using PlanBot.Core.Tests.Cli;

namespace PlanBot.Core.Tests.Planning;

/// <summary>
/// An integration's week names what the TRD says of that system (its section, the lines that name it), how it fails
/// or is limited first, and is accepted on it; a line about many systems belongs to none of them.
/// </summary>
public sealed class IntegrationWeekTests
{
    private const string Prd = """
        # PRD: Bike Share

        ## Functional Requirements
        - FR-001 Text the unlock code to the rider
        - FR-002 Show dock occupancy on a map
        - FR-003 Charge long rides through Adyen
        """;

    private const string Trd = """
        # TRD: Bike Share

        ## External systems
        | System | Role |
        |---------|---------|
        | Postmark | Sends receipts by e-mail |
        | Adyen | Payment processor |
        | Mapbox | Draws the dock map tiles |

        ## Hosting
        Everything except Postmark, Adyen and Mapbox runs on one virtual machine in Frankfurt.

        ## Postmark
        - Templates are rendered on the server with the ride's route and price.
        - A bounced receipt is retried once after ten minutes, then reported to the operator.

        ## Adyen
        - Declined cards are reported to the rider with the issuer's reason.

        ## Glossary
        - Adyen: the payment processor that takes the riders' card payments.

        ## Technology Stack
        | Layer | Technology |
        |-------|------------|
        | Maps | Mapbox GL JS for the dock map |
        """;

    private static readonly WorkPlan Work = Plans.Work(new DocumentAnalyzer().Analyze(Prd, Trd), string.Empty);

    [Fact]
    public void The_systems_section_is_a_task_each_with_its_line_and_how_it_fails_is_a_criterion()
    {
        var postmark = Assert.Single(Work.Items, i => i.Key == "integration:postmark");

        Assert.Contains("Postmark: Templates are rendered on the server with the ride's route and price (TRD line 14)", postmark.Tasks);
        Assert.Contains("Postmark: A bounced receipt is retried once after ten minutes, then reported to the operator (TRD line 15)", postmark.Tasks);
        Assert.Equal("Postmark: A bounced receipt is retried once after ten minutes, then reported to the operator (derived from TRD line 15)", postmark.Criteria[0]);
        Assert.DoesNotContain(postmark.Criteria, c => c.Contains("retried and reported without losing work", StringComparison.Ordinal));
    }

    [Fact]
    public void A_requirement_built_on_a_system_is_accepted_on_what_the_TRD_says_of_it_not_on_working()
    {
        var charge = Assert.Single(Work.Items, i => i.Key == "feature:FR-003");

        Assert.Contains("Adyen: Declined cards are reported to the rider with the issuer's reason (TRD line 18)", charge.Tasks);
        Assert.Contains("Adyen: Declined cards are reported to the rider with the issuer's reason (derived from TRD line 18)", charge.Criteria);
        Assert.DoesNotContain(charge.Criteria, c => c.Contains("are in the TRD, each covered by a test", StringComparison.Ordinal));
        Assert.DoesNotContain(charge.Tasks, t => t.Contains("no line of the TRD was found", StringComparison.Ordinal));
    }

    [Fact]
    public void A_stores_set_up_quotes_what_the_TRD_keeps_in_it()
    {
        var sample = new DocumentAnalyzer().Analyze(File.ReadAllText(SamplePaths.SampleFile("PRD.md")), File.ReadAllText(SamplePaths.SampleFile("TRD.md")));
        var valkey = Assert.Single(Plans.Work(sample, File.ReadAllText(SamplePaths.SampleFile("answers.yml"))).Items, i => i.Key == "store:valkey");

        Assert.Contains("Valkey: `recon:idem:{key}` — idempotency keys of command requests, 24-hour TTL (TRD line 103)", valkey.Tasks);
        Assert.DoesNotContain(valkey.Tasks, t => t.StartsWith("Key layout and expiry", StringComparison.Ordinal));
    }

    [Fact]
    public void A_glossary_entry_defines_a_word_and_is_no_task()
    {
        Assert.DoesNotContain(Work.Items.SelectMany(i => i.Tasks), t => t.Contains("the payment processor that takes", StringComparison.Ordinal));
    }

    [Fact]
    public void A_row_of_the_technology_stack_names_a_tool_and_is_neither_task_nor_criterion()
    {
        var mapbox = Assert.Single(Work.Items, i => i.Key == "integration:mapbox");

        Assert.DoesNotContain(Work.Items.SelectMany(i => i.Tasks.Concat(i.Criteria)), l => l.Contains("Mapbox GL JS", StringComparison.Ordinal));
        Assert.Equal(["Mapbox failures are retried and reported without losing work"], mapbox.Criteria);
    }

    [Fact]
    public void A_line_about_three_systems_is_a_task_of_none_of_them()
    {
        var systems = Work.Items.Where(i => i.Kind is WorkKind.Integration or WorkKind.Prototype);
        Assert.DoesNotContain(systems.SelectMany(i => i.Tasks), t => t.Contains("TRD line 11", StringComparison.Ordinal));
    }
}
