using PlanBot.Core.Planning;

namespace PlanBot.Core.Tests.Planning;

/// <summary>What the renderer writes, the round-trip parser reads back as the same trackable plan.</summary>
public sealed class PlanRoundTripTests
{
    [Fact]
    public void A_plan_reads_back_as_the_same_document()
    {
        // The parser keeps the zero-width spaces that defuse mentions (see MarkedText), so this plan has none.
        var harmless = PlanningDocuments.Reconciliation.Prd.Requirements
            .Select(r => r.Id == "FR-009" ? r with { Title = "Webhook notifications", AcceptanceCriteria = new ValueList<string>(["Webhooks are signed with HMAC-SHA256"]) } : r)
            .ToValueList();
        var documents = PlanningDocuments.Reconciliation with { Prd = (PlanningDocuments.Reconciliation.Prd with { Requirements = harmless }).WithCriteria() };
        var plan = Plans.Build(documents, PlanningAnswers.Sample);

        Assert.Equal(plan.Document, new PlanMarkdownParser().Parse(Plans.Render(plan)));
    }

    [Fact]
    public void A_thin_plan_reads_back_as_the_same_document()
    {
        var plan = Plans.Build(PlanningDocuments.Thin, string.Empty);

        Assert.Equal(plan.Document, new PlanMarkdownParser().Parse(Plans.Render(plan)));
    }

    [Fact]
    public void A_plan_with_hostile_text_renders_the_same_after_a_round_trip()
    {
        var plan = Plans.Sample();
        var markdown = Plans.Render(plan);

        Assert.Equal(markdown, Plans.Render(plan with { Document = new PlanMarkdownParser().Parse(markdown) }));
    }
}
