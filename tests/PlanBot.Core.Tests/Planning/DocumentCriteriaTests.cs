using PlanBot.Core.Documents;

namespace PlanBot.Core.Tests.Planning;

/// <summary>The documents' own acceptance criteria reach the plan, as written and with their line, in the week that delivers what they concern.</summary>
public sealed class DocumentCriteriaTests
{
    /// <summary>A pair of our own: requirements with ids, and a separate criteria section of bold AC headings with Given/When/Then steps that name none of them.</summary>
    private const string Prd = """
        # PRD: Fishing Licences

        ## Functional Requirements
        ### FR-001: Buy a day licence for a river
        An angler chooses a river and a day and pays by card.
        ### FR-002: Show the licence to a warden as a QR code
        The licence page shows a code a warden scans on the bank.
        ### FR-003: Refund an unused licence
        An angler cancels before the licence day and gets the money back.

        ## Acceptance Criteria

        **AC1 — Paying for a day licence**
        - Given an angler on the licence page
        - When they pay for Saturday on the river Ure
        - Then the day licence for the Ure is issued and emailed

        **AC2 — Warden check**
        - Given a valid licence QR code
        - When a warden scans the QR code
        - Then the warden sees the angler's name and the licence day

        **AC3 — Refund before the day**
        - Given an unused licence for tomorrow
        - When the angler asks for a refund
        - Then the refund reaches the card within five working days

        **AC4 — Opening hours**
        - Given a bank holiday
        - Then the office closes at noon
        """;

    private const string Trd = """
        # TRD: Fishing Licences

        ## API Specifications
        - POST /licences
        - GET /licences/{id}/code
        - POST /licences/{id}/refund
        """;

    [Theory]
    [InlineData(13, "FR-001", "AC1 — Paying for a day licence: Given an angler on the licence page, when they pay for Saturday on the river Ure, then the day licence for the Ure is issued and emailed (PRD line 13)")]
    [InlineData(18, "FR-002", "AC2 — Warden check: Given a valid licence QR code, when a warden scans the QR code, then the warden sees the angler's name and the licence day (PRD line 18)")]
    [InlineData(23, "FR-003", "AC3 — Refund before the day: Given an unused licence for tomorrow, when the angler asks for a refund, then the refund reaches the card within five working days (PRD line 23)")]
    public void A_criterion_that_names_no_requirement_is_checked_in_the_week_of_the_one_it_concerns(int line, string requirement, string checkbox)
    {
        var documents = new DocumentAnalyzer().Analyze(Prd, Trd);
        var plan = Plans.Build(documents, string.Empty);

        Assert.Equal(requirement, Assert.Single(documents.Prd.Criteria, c => c.Line == line).Owner);
        var week = Assert.Single(Plans.Weeks(plan), w => w.AcceptanceCriteria.Any(c => c.Text == $"{requirement}: {checkbox}"));
        Assert.Contains(requirement, week.Traces);
    }

    [Fact]
    public void A_criterion_about_nothing_the_plan_delivers_is_checked_at_launch_not_dropped()
    {
        var plan = Plans.Build(new DocumentAnalyzer().Analyze(Prd, Trd), string.Empty);

        var week = Assert.Single(Plans.Weeks(plan), w => w.AcceptanceCriteria.Any(c => c.Text == "AC4 — Opening hours: Given a bank holiday, then the office closes at noon (PRD line 28)"));
        Assert.Same(week, Plans.Weeks(plan).Last());
    }
}
