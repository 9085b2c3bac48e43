using PlanBot.Core.Planning;

namespace PlanBot.Core.Tests.Planning;

/// <summary>Team capacity decides the length of each phase, within the standard's 3–4 / 3–4 / 3–4 / 2–3 weeks.</summary>
public sealed class CapacityRulesTests
{
    public static TheoryData<string, string, int[], bool> Teams => new()
    {
        // A large team needs only the shortest phases: 3 + 3 + 3 + 2.
        { "10", "40 hours per person", [3, 3, 3, 2], false },
        // The sample team (120 h/week): the work fills phases 1, 2 and 4, phase 3 has room.
        { "3 backend + 1 QA", "30 hours per person", [4, 4, 3, 3], false },
        // The same hours stated for the whole team.
        { "4", "120h/week", [4, 4, 3, 3], false },
        // One person cannot fit it: every phase at its longest, and the rest is overflow.
        { "1", "30 hours per person", [4, 4, 4, 3], true },
    };

    [Theory]
    [MemberData(nameof(Teams))]
    public void Phase_lengths_follow_the_capacity_and_stay_in_the_standards_range(string team, string hours, int[] weeks, bool overflow)
    {
        var plan = Plans.Sample($"team.size: {team}\nteam.hours_per_week: {hours}\ntimeline.deadline: none");

        Assert.Equal(weeks, plan.Document.Phases.Select(p => p.Weeks.Count).ToArray());
        Assert.Equal(overflow, plan.Summary.OverflowHours > 0);
        Assert.Equal(weeks.Sum(), plan.Summary.Weeks);
    }

    [Theory]
    [InlineData("1", "10 hours per person")]
    [InlineData("2", "20 hours per person")]
    [InlineData("5", "40 hours per person")]
    [InlineData("40", "40 hours per person")]
    public void Phases_are_clamped_for_any_capacity(string team, string hours)
    {
        var plan = Plans.Sample($"team.size: {team}\nteam.hours_per_week: {hours}");

        var lengths = plan.Document.Phases.Select(p => p.Weeks.Count).ToArray();
        Assert.Equal(4, lengths.Length);
        Assert.InRange(lengths[0], 3, 4);
        Assert.InRange(lengths[1], 3, 4);
        Assert.InRange(lengths[2], 3, 4);
        Assert.InRange(lengths[3], 2, 3);
    }

    [Fact]
    public void Overflow_is_a_project_risk_with_the_cut_and_the_capacity_that_would_fit()
    {
        var plan = Plans.Sample("team.size: 2\nteam.hours_per_week: 30 hours per person\ntimeline.deadline: none");

        var risk = Assert.Single(plan.ProjectRisks, r => r.Source == "schedule");
        Assert.Contains("exceeds the standard's phase lengths", risk.Risk, StringComparison.Ordinal);
        Assert.Equal(RiskLevel.High, risk.Impact);
        Assert.StartsWith("Cut that fits: defer Reconciliations endpoints, FR-010, FR-006, FR-004, FR-003, FR-002, FR-009, FR-008 and FR-007", risk.Mitigation, StringComparison.Ordinal);
        Assert.EndsWith("or raise capacity to 115 h/week (about 4 people at 30 h)", risk.Mitigation, StringComparison.Ordinal);
    }

    [Fact]
    public void When_not_even_the_fixed_work_fits_only_more_capacity_helps()
    {
        var plan = Plans.Sample("team.size: 1\nteam.hours_per_week: 30 hours per person\ntimeline.deadline: none");

        var risk = Assert.Single(plan.ProjectRisks, r => r.Source == "schedule");
        Assert.StartsWith("No cut of requirements fits", risk.Mitigation, StringComparison.Ordinal);
        Assert.Contains("or raise capacity to 115 h/week (about 4 people at 30 h)", risk.Mitigation, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missed_deadline_is_a_project_risk_with_the_cut_that_fits_it()
    {
        // The sample team needs 14 weeks; 13 weeks from the start (Sunday 2027-04-04) means cutting phase 4 work.
        var plan = Plans.Sample("timeline.deadline: 13 weeks");

        Assert.False(plan.Summary.FitsDeadline);
        var risk = Assert.Single(plan.ProjectRisks, r => r.Source == "schedule");
        Assert.Equal("The plan ends on 2027-04-09, after the deadline (2027-04-04)", risk.Risk);
        Assert.StartsWith("Cut that fits: defer FR-009 and FR-008 (−160 h; the plan then ends on 2027-04-02)", risk.Mitigation, StringComparison.Ordinal);
    }

    [Fact]
    public void A_deadline_before_the_shortest_plan_says_no_cut_fits()
    {
        var plan = Plans.Sample("timeline.deadline: 6 weeks");

        var risk = Assert.Single(plan.ProjectRisks, r => r.Source == "schedule");
        Assert.StartsWith("No cut of requirements fits: the four phases take at least 11 weeks", risk.Mitigation, StringComparison.Ordinal);
        Assert.Contains("move the deadline", risk.Mitigation, StringComparison.Ordinal);
    }

    [Fact]
    public void A_met_deadline_reports_the_buffer()
    {
        var plan = Plans.Sample();

        Assert.True(plan.Summary.FitsDeadline);
        var risk = Assert.Single(plan.ProjectRisks, r => r.Source == "schedule");
        Assert.Contains("3 weeks of buffer before the deadline (2027-04-30)", risk.Mitigation, StringComparison.Ordinal);
    }

    [Fact]
    public void Repository_hours_replace_the_default_but_not_an_answer()
    {
        var documents = PlanningDocuments.Reconciliation;
        var unanswered = Plans.Build(documents, "team.size: 2", new PlanningOptions(PlanningAnswers.Today, HoursPerPersonPerWeek: 20));
        var answered = Plans.Build(documents, "team.size: 2\nteam.hours_per_week: 35 hours per person", new PlanningOptions(PlanningAnswers.Today, HoursPerPersonPerWeek: 20));

        Assert.Equal(40m, unanswered.Summary.CapacityHours);
        Assert.Equal(70m, answered.Summary.CapacityHours);
    }
}
