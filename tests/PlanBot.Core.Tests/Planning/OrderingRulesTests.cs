using PlanBot.Core.Planning;

namespace PlanBot.Core.Tests.Planning;

/// <summary>What comes first: must-haves before nice-to-haves, the riskiest integration prototyped in phase 1.</summary>
public sealed class OrderingRulesTests
{
    [Theory]
    [InlineData("FR-001, FR-002, FR-003, FR-004, FR-006, FR-010")]
    [InlineData("FR-009, FR-008")]
    [InlineData("FR-005")]
    [InlineData("FR-001, FR-002, FR-003, FR-004, FR-005, FR-006, FR-007, FR-008, FR-009")]
    public void Every_must_have_is_delivered_before_any_nice_to_have(string mvp)
    {
        var plan = Plans.Sample($"scope.mvp: {mvp}");
        var chosen = mvp.Split(", ");
        var functional = Enumerable.Range(1, 10).Select(i => $"FR-{i:000}").ToList();

        var lastMust = chosen.Max(id => Plans.WeeksTracing(plan, id).Max());
        var firstNice = functional.Except(chosen).Select(id => Plans.WeeksTracing(plan, id).Min()).DefaultIfEmpty(int.MaxValue).Min();
        // A week can finish the last must-have and start the first nice-to-have after it, never the other way round.
        Assert.True(lastMust <= firstNice, $"a must-have ends in week {lastMust}, a nice-to-have starts in week {firstNice}");
        if (firstNice < int.MaxValue)
        {
            var shared = Plans.Weeks(plan).Single(w => w.Number == firstNice).Tasks;
            var lastMustTask = shared.Select((t, i) => (t, i)).Where(x => chosen.Any(id => x.t.StartsWith(id, StringComparison.Ordinal))).Select(x => x.i).DefaultIfEmpty(-1).Max();
            var firstNiceTask = shared.Select((t, i) => (t, i)).Where(x => functional.Except(chosen).Any(id => x.t.StartsWith(id, StringComparison.Ordinal))).Select(x => x.i).DefaultIfEmpty(int.MaxValue).Min();
            Assert.True(lastMustTask < firstNiceTask, string.Join("\n", shared));
        }
    }

    [Theory]
    [InlineData("Midaz")]
    [InlineData("License SDK")]
    [InlineData("RabbitMQ")]
    [InlineData("Midaz, RabbitMQ")]
    public void The_riskiest_integrations_are_prototyped_in_phase_1(string risky)
    {
        var plan = Plans.Sample($"risk.integrations: {risky}");

        foreach (var name in risky.Split(", "))
        {
            var first = Plans.WeeksTracing(plan, name).Min();
            Assert.Equal(1, Plans.PhaseOf(plan, first));
            var week = Plans.Weeks(plan).Single(w => w.Number == first);
            Assert.Contains(week.Tasks, t => t.StartsWith($"Spike against a test environment of {name}:", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void An_integration_nobody_flagged_is_built_after_phase_1()
    {
        var plan = Plans.Sample("risk.integrations: Midaz");

        Assert.All(Plans.WeeksTracing(plan, "RabbitMQ"), week => Assert.True(Plans.PhaseOf(plan, week) > 1));
    }

    [Fact]
    public void The_PRDs_wont_haves_are_listed_but_not_scheduled()
    {
        var documents = PlanningDocuments.Reconciliation with
        {
            Prd = PlanningDocuments.Reconciliation.Prd with
            {
                Requirements = PlanningDocuments.Reconciliation.Prd.Requirements
                    .Select(r => r.Id == "FR-009" ? r with { Priority = PlanBot.Core.Documents.Priority.WontHave } : r)
                    .ToValueList(),
            },
        };

        var plan = Plans.Build(documents, PlanningAnswers.Sample);

        Assert.Empty(Plans.WeeksTracing(plan, "FR-009"));
        var row = Assert.Single(plan.Traceability, r => r.Item == "FR-009");
        Assert.Empty(row.Weeks);
        Assert.Contains("not planned", row.Scope, StringComparison.Ordinal);
    }

    [Fact]
    public void Phase_names_come_from_the_repository_and_default_to_what_the_phase_works_on()
    {
        var plan = Plans.Build(PlanningDocuments.Reconciliation, PlanningAnswers.Sample, new PlanningOptions(PlanningAnswers.Today, new ValueList<string>(["Foundation", " ", "Hardening"])));

        Assert.Equal(["Foundation", "Must-haves and integrations", "Hardening", "Nice-to-haves and launch"], plan.Document.Phases.Select(p => p.Name));
    }

    [Fact]
    public void A_risky_integration_the_answer_names_and_the_documents_do_not_is_prototyped_in_phase_1()
    {
        var plan = Plans.Sample("risk.integrations: Midaz, Open Banking gateway");

        var weeks = Plans.Weeks(plan).Where(w => w.Traces.Contains("Open Banking gateway")).ToList();
        Assert.Equal(1, Plans.PhaseOf(plan, weeks[0].Number));
        Assert.Contains("Spike against a test environment of Open Banking gateway: credentials, the calls this product needs, their errors", weeks[0].Tasks);
        Assert.Contains(plan.TechnicalRisks, r => r.Risk.StartsWith("Open Banking gateway", StringComparison.Ordinal) && r.Source == "answer risk.integrations");
        Assert.DoesNotContain(plan.Traceability, r => r.Item == "Open Banking gateway");
    }
}
