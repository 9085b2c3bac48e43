using PlanBot.Core.Documents;
using PlanBot.Core.Planning.Work;
using PlanBot.Core.Scoping;

namespace PlanBot.Core.Tests.Planning;

/// <summary>Every work item says why it is in the plan: the line of the documents or the answer that asked for it, or the standard alone.</summary>
public sealed class WorkTriggerTests
{
    private static readonly WorkPlan Work = Plans.Work(PlanningDocuments.Reconciliation, PlanningAnswers.Sample);

    [Fact]
    public void A_feature_is_triggered_by_the_line_of_its_requirement()
    {
        var requirements = PlanningDocuments.Reconciliation.Prd.Requirements.Where(r => r.Kind == RequirementKind.Functional).ToList();
        var features = Work.Items.Where(i => i.Kind == WorkKind.Feature).ToList();

        Assert.NotEmpty(features);
        Assert.All(features, item =>
        {
            var requirement = Assert.Single(requirements, r => item.RequirementKeys.Contains(r.Key, StringComparer.OrdinalIgnoreCase));
            Assert.Equal($"PRD line {requirement.Line}", item.Trigger.Where);
        });
    }

    [Fact]
    public void An_integration_is_triggered_by_the_line_that_names_it()
    {
        var integrations = PlanningDocuments.Reconciliation.Trd.Integrations.Concat(PlanningDocuments.Reconciliation.Prd.Integrations).ToList();
        var items = Work.Items.Where(i => i.Kind is WorkKind.Integration or WorkKind.Authentication).ToList();

        Assert.NotEmpty(items);
        Assert.All(items, item => Assert.Contains(integrations, i => item.Name.StartsWith(i.Name.Trim(), StringComparison.OrdinalIgnoreCase) || item.Name.EndsWith(i.Name.Trim(), StringComparison.OrdinalIgnoreCase)));
        Assert.All(items, item => Assert.Matches(@"^(PRD|TRD) line \d+$", item.Trigger.Where));
    }

    [Fact]
    public void A_prototype_is_triggered_by_the_answer_that_flagged_its_integration_as_risky()
    {
        var prototype = Assert.Single(Work.Items, i => i.Kind == WorkKind.Prototype);

        Assert.Equal($"answer {QuestionIds.RiskyIntegrations}", prototype.Trigger.Where);
        Assert.Equal("because the answer to risk.integrations says “Midaz”", prototype.Trigger.Reason);
    }

    [Fact]
    public void Research_spikes_are_triggered_by_the_answer_that_named_the_unknowns()
    {
        var spikes = Assert.Single(Work.Items, i => i.Kind == WorkKind.Spikes);

        Assert.Equal($"answer {QuestionIds.Unknowns}", spikes.Trigger.Where);
    }

    [Fact]
    public void The_standard_work_names_the_line_that_calls_for_it()
    {
        var kind = PlanBot.Core.Planning.Inputs.PlanInputs.From(PlanningDocuments.Reconciliation).Kind;
        var criterion = PlanningDocuments.Reconciliation.Prd.SuccessCriteria[0];

        // The service skeleton because the TRD defines an API; the go-live because the PRD states success criteria.
        Assert.Equal(kind.Where, Assert.Single(Work.Items, i => i.Kind == WorkKind.Foundation).Trigger.Where);
        Assert.Equal($"PRD line {criterion.Line}", Assert.Single(Work.Items, i => i.Kind == WorkKind.Launch).Trigger.Where);
        Assert.Equal($"answer {QuestionIds.Documentation}", Assert.Single(Work.Items, i => i.Kind == WorkKind.Documentation).Trigger.Where);
        Assert.DoesNotContain(Work.Items, i => i.Trigger.IsStandardPractice);
        Assert.Equal("standard practice", WorkTrigger.StandardPractice.ToString());
    }

    [Fact]
    public void A_week_says_why_the_work_that_is_no_requirement_starts_there()
    {
        var inputs = PlanBot.Core.Planning.Inputs.PlanInputs.From(PlanningDocuments.Reconciliation);
        var target = inputs.Targets[0];
        var reasons = Plans.Weeks(Plans.Sample()).SelectMany(w => w.Reasons).ToList();

        Assert.Contains($"Performance and load testing, because {target.Where} says “{target.Value.Text.Trim()}”", reasons);
        Assert.Contains(reasons, r => r.StartsWith($"Research spikes, because the answer to {QuestionIds.Unknowns} says “", StringComparison.Ordinal));
        Assert.Contains(reasons, r => r.StartsWith($"Project setup and service skeleton, because {inputs.Kind.Where} shows a new service: “", StringComparison.Ordinal));
        // A requirement is named on the Delivers line; its week does not repeat it as a reason.
        Assert.DoesNotContain(reasons, r => r.Contains("FR-", StringComparison.Ordinal));
    }

    [Fact]
    public void A_trigger_without_a_line_says_so()
    {
        Assert.Equal("standard practice: no line of the documents asks for it", WorkTrigger.StandardPractice.Reason);
        Assert.Equal("because of TRD line 4", new WorkTrigger("TRD line 4").Reason);
    }

    [Fact]
    public void Items_come_stage_by_stage()
    {
        var stages = Work.Items.Select(i => i.Stage).ToList();

        Assert.Equal(stages.Order(), stages);
        Assert.Equal([Stage.Foundation, Stage.MustHave, Stage.Integration, Stage.Hardening, Stage.NiceToHave, Stage.Release], stages.Distinct());
    }
}
