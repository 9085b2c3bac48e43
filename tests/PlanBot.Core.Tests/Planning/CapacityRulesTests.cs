using PlanBot.Core.Documents;
using PlanBot.Core.Planning;

namespace PlanBot.Core.Tests.Planning;

/// <summary>
/// The plan is as long as its work at the team's capacity: weeks = effort ÷ capacity, one phase per two weeks (at most
/// four), the real length beyond the standard's fifteen weeks with the cut and the capacity that would fit.
/// </summary>
public sealed class CapacityRulesTests
{
    public static TheoryData<string, string, int[], bool> Teams => new()
    {
        // A large team: the sample's 721 h in two weeks, one phase.
        { "10", "40 hours per person", [2], false },
        // The sample team (120 h/week): seven weeks in four phases.
        { "3 backend + 1 QA", "30 hours per person", [2, 2, 2, 1], false },
        // The same hours stated for the whole team.
        { "4", "120h/week", [2, 2, 2, 1], false },
        // Two people: thirteen weeks, inside the standard's length.
        { "2", "30 hours per person", [4, 3, 3, 3], false },
        // One person: twenty-six weeks, more than the standard's fifteen.
        { "1", "30 hours per person", [7, 7, 6, 6], true },
    };

    [Theory]
    [MemberData(nameof(Teams))]
    public void Weeks_follow_the_effort_at_the_teams_capacity(string team, string hours, int[] weeks, bool overflow)
    {
        var plan = Plans.Sample($"team.size: {team}\nteam.hours_per_week: {hours}\ntimeline.deadline: none");

        Assert.Equal(weeks, plan.Document.Phases.Select(p => p.Weeks.Count).ToArray());
        Assert.Equal(overflow, plan.Summary.OverflowHours > 0);
        Assert.Equal(weeks.Sum(), plan.Summary.Weeks);
        Assert.True(plan.Summary.Weeks * plan.Summary.CapacityHours >= plan.Summary.EffortHours);
        // Tasks are not cut at every week's end: what they leave idle stays under a tenth of the capacity.
        Assert.True(plan.Summary.Weeks <= Math.Ceiling(plan.Summary.EffortHours / plan.Summary.CapacityHours * 1.1m), "the plan is padded");
    }

    [Fact]
    public void A_three_requirement_service_for_two_people_takes_at_most_four_weeks()
    {
        var plan = Plans.Build(new DocumentAnalyzer().Analyze(SmallServiceDocuments.Prd, SmallServiceDocuments.Trd), SmallServiceDocuments.Answers);

        Assert.InRange(plan.Summary.Weeks, 1, 4);
        Assert.InRange(plan.Document.Phases.Count, 1, 2);
    }

    [Fact]
    public void Work_beyond_the_standards_length_keeps_its_real_length_with_the_cut_and_the_capacity_that_would_fit()
    {
        var plan = Plans.Sample("team.size: 1\nteam.hours_per_week: 30 hours per person\ntimeline.deadline: none");

        var risk = Assert.Single(plan.ProjectRisks, r => r.Source == "schedule");
        Assert.Equal("The work takes 26 weeks at 30 h/week, more than the standard's 15: the plan shows its real length", risk.Risk);
        Assert.Equal(RiskLevel.High, risk.Impact);
        Assert.StartsWith("Cut that fits: defer FR-009, FR-008, FR-007, FR-005, Reconciliations endpoints, FR-010 and FR-006 (−276 h; the plan then ends on 2027-04-23)", risk.Mitigation, StringComparison.Ordinal);
        Assert.EndsWith("or raise capacity to 49 h/week (about 2 people at 30 h)", risk.Mitigation, StringComparison.Ordinal);
    }

    [Fact]
    public void When_not_even_the_fixed_work_fits_only_more_capacity_helps()
    {
        var plan = Plans.Sample("team.size: 1\nteam.hours_per_week: 10 hours per person\ntimeline.deadline: none");

        var risk = Assert.Single(plan.ProjectRisks, r => r.Source == "schedule");
        Assert.StartsWith("No cut of requirements fits: the work that is not a requirement (205 h) takes 21 weeks on its own", risk.Mitigation, StringComparison.Ordinal);
        Assert.Contains("or raise capacity to 49 h/week (about 5 people at 10 h)", risk.Mitigation, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missed_deadline_keeps_the_real_length_and_names_the_cut_that_fits_it()
    {
        // The sample team needs 7 weeks; 4 weeks from the start (Sunday 2027-01-31) means cutting nice-to-haves first.
        var plan = Plans.Sample("timeline.deadline: 4 weeks");

        Assert.False(plan.Summary.FitsDeadline);
        Assert.Equal(7, plan.Summary.Weeks);
        var risk = Assert.Single(plan.ProjectRisks, r => r.Source == "schedule");
        Assert.Equal("The plan ends on 2027-02-19, after the deadline (2027-01-31)", risk.Risk);
        Assert.StartsWith("Cut that fits: defer FR-009, FR-008, FR-007, FR-005, Reconciliations endpoints, FR-010 and FR-006 (−276 h; the plan then ends on 2027-01-29)", risk.Mitigation, StringComparison.Ordinal);
    }

    [Fact]
    public void A_deadline_before_the_fixed_work_can_end_says_no_cut_fits()
    {
        var plan = Plans.Sample("timeline.deadline: 1 week");

        var risk = Assert.Single(plan.ProjectRisks, r => r.Source == "schedule");
        Assert.StartsWith("No cut of requirements fits: the work that is not a requirement (205 h) takes 2 weeks on its own", risk.Mitigation, StringComparison.Ordinal);
        Assert.Contains("or raise capacity to 722 h/week", risk.Mitigation, StringComparison.Ordinal);
    }

    [Fact]
    public void A_met_deadline_reports_the_buffer()
    {
        var plan = Plans.Sample();

        Assert.True(plan.Summary.FitsDeadline);
        var risk = Assert.Single(plan.ProjectRisks, r => r.Source == "schedule");
        Assert.Contains("10 weeks of buffer before the deadline (2027-04-30)", risk.Mitigation, StringComparison.Ordinal);
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
