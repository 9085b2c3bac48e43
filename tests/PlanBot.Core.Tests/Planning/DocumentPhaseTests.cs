using PlanBot.Core.Documents;

namespace PlanBot.Core.Tests.Planning;

/// <summary>
/// When the documents propose their own phases with lengths, the plan follows them: their names, their order, their
/// lengths, each item in the phase whose words it shares, and a phase that builds none of the requirements planned from
/// what it says it does. A roadmap that only names its phases is not a schedule and leaves the plan its own shape.
/// </summary>
public sealed class DocumentPhaseTests
{
    private const string Rollout = """

        ## Rollout Plan
        - Phase 1 — Links (1 week): shorten a link and redirect its code, on the links table.
        - Phase 2 — Analytics (2 weeks): click counting and the clicks per day endpoint.
        - Phase 3 — Operations (1 week): A dashboard of redirects per minute. A weekly export of the top links for marketing.
        """;

    [Fact]
    public void A_trd_with_its_own_three_phases_gives_those_three_phases_with_their_lengths()
    {
        var plan = Plans.Build(Phased(Rollout), SmallServiceDocuments.Answers);

        Assert.Equal(["Links", "Analytics", "Operations"], plan.Document.Phases.Select(p => p.Name));
        Assert.Equal([1, 2, 1], plan.Document.Phases.Select(p => p.Weeks.Count));
        Assert.Contains(plan.Document.Phases[0].Weeks.SelectMany(w => w.Traces), t => t == "FR-001");
        Assert.Contains(plan.Document.Phases[0].Weeks.SelectMany(w => w.Traces), t => t == "FR-002");
        Assert.Contains(plan.Document.Phases[1].Weeks.SelectMany(w => w.Traces), t => t == "FR-003");
    }

    [Fact]
    public void A_phase_that_builds_no_requirement_is_planned_from_what_it_says_it_does()
    {
        var plan = Plans.Build(Phased(Rollout), SmallServiceDocuments.Answers);

        var operations = plan.Document.Phases[2].Weeks.Single();
        Assert.Contains(operations.Tasks, t => System.Text.RegularExpressions.Regex.IsMatch(t, @"^A dashboard of redirects per minute \(TRD line \d+\)$"));
        Assert.Contains(operations.Tasks, t => System.Text.RegularExpressions.Regex.IsMatch(t, @"^A weekly export of the top links for marketing \(TRD line \d+\)$"));
        Assert.Contains(operations.AcceptanceCriteria, c => c.Text == "A weekly export of the top links for marketing: in place and covered by tests");
    }

    [Fact]
    public void The_lengths_are_the_documents_whatever_the_team_and_the_assumptions_say_so()
    {
        var small = Plans.Build(Phased(Rollout), SmallServiceDocuments.Answers);
        var large = Plans.Build(Phased(Rollout), SmallServiceDocuments.Answers + "\nteam.size: 6");

        Assert.Equal([1, 2, 1], large.Document.Phases.Select(p => p.Weeks.Count));
        var phases = Assert.Single(small.Assumptions, a => a.Topic == "phases");
        Assert.Equal("Links (1 week), Analytics (2 weeks) and Operations (1 week)", phases.Value);
        Assert.Matches(@"^stated in TRD lines \d+–\d+$", phases.Basis);
        Assert.Equal(4 * 60, small.Summary.EffortHours);
    }

    [Fact]
    public void A_roadmap_that_only_names_its_phases_leaves_the_plan_its_own_phases()
    {
        var plan = Plans.Build(Phased("\n## Roadmap\n### Phase 1: Links\n- shorten and redirect\n### Phase 2: Analytics\n- click counts\n"), SmallServiceDocuments.Answers);

        Assert.DoesNotContain(plan.Document.Phases, p => p.Name is "Links" or "Analytics");
        Assert.DoesNotContain(plan.Assumptions, a => a.Topic == "phases");
    }

    [Fact]
    public void The_bundled_samples_timeline_is_followed()
    {
        var plan = Plans.Build(PlanningDocuments.PhasedReconciliation, PlanningAnswers.Sample);

        Assert.Equal(["Foundation", "Matching", "Operations", "Launch"], plan.Document.Phases.Select(p => p.Name));
        Assert.Equal([3, 4, 3, 2], plan.Document.Phases.Select(p => p.Weeks.Count));
        Assert.Contains(plan.Document.Phases[1].Weeks, w => w.Title.Contains("matching engine", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(plan.Document.Phases[2].Weeks, w => w.Title.Contains("Configurable statement layouts", StringComparison.Ordinal));

        // "Launch: pilot hardening, performance tests, documentation" is what the hardening items already do.
        Assert.DoesNotContain(Plans.Weeks(plan).SelectMany(w => w.Tasks), t => t.Contains("pilot hardening", StringComparison.Ordinal));
    }

    private static DocumentSet Phased(string timeline) =>
        new DocumentAnalyzer().Analyze(SmallServiceDocuments.Prd, SmallServiceDocuments.Trd + timeline);
}
