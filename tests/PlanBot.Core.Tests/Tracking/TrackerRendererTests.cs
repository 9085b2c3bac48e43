using PlanBot.Core.Planning;
using PlanBot.Core.Tracking;
using Xunit;
using static PlanBot.Core.Tests.Tracking.Publishing;

namespace PlanBot.Core.Tests.Tracking;

public sealed class TrackerRendererTests
{
    [Fact]
    public void Tracker_body_matches_golden()
    {
        var plan = SamplePlans.FourPhases();
        var state = Publish(plan);
        foreach (var week in new[] { 1, 2, 3, 4 })
        {
            var issue = Issue(state, TrackingKey.Week(week));
            state = With(state, issue with { State = RemoteState.Closed, Body = issue.Body!.Replace("- [ ]", "- [x]", StringComparison.Ordinal) });
        }

        state = Tick(state, TrackingKey.Week(5), "FR-005 accepted");

        var body = TrackerRenderer.Render(new ProgressCalculator().Calculate(plan, state, new DateOnly(2027, 2, 10)));

        TrackingGolden.Verify("tracker-body.md", body);
        Assert.Equal(TrackingKey.Tracker, TrackingKey.Find(body));
        Assert.Equal(new HashSet<int> { 1, 2, 3, 4 }, TrackerRenderer.ClosedWeeks(body));
    }

    [Theory]
    [InlineData(0, "`░░░░░░░░░░ 0%`")]
    [InlineData(60, "`██████░░░░ 60%`")]
    [InlineData(99, "`█████████░ 99%`")]
    [InlineData(100, "`██████████ 100%`")]
    public void Bars(int percent, string expected)
    {
        Assert.Equal(expected, TrackerRenderer.Bar(percent));
    }

    [Fact]
    public void A_body_without_a_record_has_no_closed_weeks()
    {
        Assert.Null(TrackerRenderer.ClosedWeeks("<!-- planbot:tracker -->"));
        Assert.Null(TrackerRenderer.ClosedWeeks(null));
        Assert.Equal(new HashSet<int>(), TrackerRenderer.ClosedWeeks("<!-- planbot:closed-weeks: -->"));
    }
}
