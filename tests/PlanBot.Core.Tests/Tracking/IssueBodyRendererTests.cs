using PlanBot.Core.Planning;
using PlanBot.Core.Tracking;
using Xunit;

namespace PlanBot.Core.Tests.Tracking;

public sealed class IssueBodyRendererTests
{
    private static readonly PlanDocument Plan = SamplePlans.FourPhases();

    [Fact]
    public void Week_body_matches_golden()
    {
        TrackingGolden.Verify("week-2-body.md", IssueBodyRenderer.WeekBody(Plan.Phases[0], Plan.Phases[0].Weeks[1]));
    }

    [Fact]
    public void Week_body_with_demo_matches_golden()
    {
        TrackingGolden.Verify("week-4-body.md", IssueBodyRenderer.WeekBody(Plan.Phases[1], Plan.Phases[1].Weeks[0]));
    }

    [Fact]
    public void Phase_body_and_milestone_description_match_golden()
    {
        TrackingGolden.Verify("phase-1-body.md", IssueBodyRenderer.PhaseBody(Plan.Phases[0]));
        TrackingGolden.Verify("milestone-1-description.md", IssueBodyRenderer.MilestoneDescription(Plan.Phases[0]));
    }

    [Fact]
    public void Bodies_start_with_their_marker()
    {
        var phase = Plan.Phases[2];
        Assert.Equal(TrackingKey.Week(8), TrackingKey.Find(IssueBodyRenderer.WeekBody(phase, phase.Weeks[1])));
        Assert.Equal(TrackingKey.Phase(3), TrackingKey.Find(IssueBodyRenderer.PhaseBody(phase)));
        Assert.Equal(TrackingKey.Milestone(3), TrackingKey.Find(IssueBodyRenderer.MilestoneDescription(phase)));
    }

    [Fact]
    public void Document_text_cannot_mention_close_issues_or_forge_a_marker()
    {
        var phase = Plan.Phases[0];
        var hostile = phase.Weeks[0] with
        {
            Number = 1,
            AcceptanceCriteria = new[] { new Checkbox("<!-- planbot:week:99 --> ping @octocat, fixes #3", false) },
            Traces = new[] { "closes owner/repo#4" },
        };

        var body = IssueBodyRenderer.WeekBody(phase, hostile);

        Assert.Equal(TrackingKey.Week(1), TrackingKey.Find(body));
        Assert.DoesNotContain("<!-- planbot:week:99", body, StringComparison.Ordinal);
        Assert.DoesNotContain("@octocat", body, StringComparison.Ordinal);
        Assert.DoesNotContain("fixes #3", body, StringComparison.Ordinal);
        Assert.DoesNotContain("owner/repo#4", body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_demo_with_backticks_gets_a_longer_fence()
    {
        var phase = Plan.Phases[0];
        var week = phase.Weeks[0] with { Demos = new[] { new DemoScenario("Fenced", "echo ```") } };

        Assert.Contains("````bash\necho ```\n````", IssueBodyRenderer.WeekBody(phase, week), StringComparison.Ordinal);
    }
}
