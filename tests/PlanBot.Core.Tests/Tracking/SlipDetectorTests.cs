using PlanBot.Core.Planning;
using PlanBot.Core.Tracking;
using Xunit;
using static PlanBot.Core.Tests.Tracking.Publishing;

namespace PlanBot.Core.Tests.Tracking;

public sealed class SlipDetectorTests
{
    private static readonly PlanDocument Plan = SamplePlans.FourPhases();

    [Fact]
    public void Reports_each_slip_once_across_daily_checks()
    {
        var state = Publish(Plan);
        var calculator = new ProgressCalculator();
        var detector = new SlipDetector();
        var slipped = new List<int>();
        var lastCheck = new DateOnly(2027, 1, 4);
        for (var today = lastCheck.AddDays(1); today <= new DateOnly(2027, 1, 31); today = today.AddDays(1))
        {
            var report = detector.Detect(calculator.Calculate(Plan, state, today), lastCheck);
            slipped.AddRange(report.Slipped.Select(week => week.Number));
            lastCheck = today;
        }

        Assert.Equal([1, 2, 3, 4], slipped);
    }

    [Fact]
    public void Closed_weeks_do_not_slip_and_the_comment_names_the_rest()
    {
        var state = Publish(Plan);
        var week1 = Issue(state, TrackingKey.Week(1));
        state = With(state, week1 with { State = RemoteState.Closed });

        var report = new SlipDetector().Detect(new ProgressCalculator().Calculate(Plan, state, new DateOnly(2027, 1, 18)), new DateOnly(2027, 1, 4));

        Assert.Equal([2], report.Slipped.Select(week => week.Number));
        Assert.True(report.HasSlips);
        Assert.Equal(
            "### ⚠️ 1 week slipped since 2027-01-04\n\n- Week 2: Feature 002 — due 2027-01-15, 0/2 criteria ticked\n\nPlanned end 2027-03-26; forecast at the current pace: 2027-06-21.\n",
            SlipDetector.Render(report));
    }
}
