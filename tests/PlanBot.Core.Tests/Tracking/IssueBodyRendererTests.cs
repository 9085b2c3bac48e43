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
    public void Published_bodies_link_the_plan_on_the_default_branch()
    {
        var desired = new DesiredStateBuilder().Build(Plan, new TrackingOptions("acme/ledger", "docs/my plan.md"), new ProgressCalculator().Calculate(Plan, ActualState.Empty, SamplePlans.Start));

        Assert.All(
            desired.Issues.Where(issue => issue.Target.Kind is TrackingKind.Week or TrackingKind.Phase),
            issue => Assert.EndsWith("[the implementation plan](https://github.com/acme/ledger/blob/HEAD/docs/my%20plan.md): tick boxes here, change scope in the plan._\n", issue.Body, StringComparison.Ordinal));
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
    public void Text_that_looks_like_a_task_box_or_heading_stays_text()
    {
        var phase = Plan.Phases[0];
        var week = phase.Weeks[0] with { Tasks = new[] { "[ ] not a box", "# not a heading" }, Traces = new[] { "- [x] not a box" } };

        var body = IssueBodyRenderer.WeekBody(phase, week);

        Assert.DoesNotContain("\n- [ ] not a box", body, StringComparison.Ordinal);
        Assert.DoesNotContain("\n- # not a heading", body, StringComparison.Ordinal);
        Assert.DoesNotContain("\n- [x] not a box", body, StringComparison.Ordinal);
        Assert.Equal(week.Deliverables.Count + week.AcceptanceCriteria.Count, TaskList.Read(body).Count);
    }

    [Fact]
    public void Titles_are_one_line_within_GitHubs_limit()
    {
        var week = Plan.Phases[0].Weeks[0] with { Title = "Line one\nline two " + new string('x', 400) };

        var title = IssueBodyRenderer.WeekTitle(week);

        Assert.Equal(256, title.Length);
        Assert.StartsWith("Week 1: Line one line two xxx", title, StringComparison.Ordinal);
        Assert.EndsWith("x…", title, StringComparison.Ordinal);
    }

    [Fact]
    public void A_demo_with_backticks_gets_a_longer_fence()
    {
        var phase = Plan.Phases[0];
        var week = phase.Weeks[0] with { Demos = new[] { new DemoScenario("Fenced", "echo ```") } };

        Assert.Contains("````bash\necho ```\n````", IssueBodyRenderer.WeekBody(phase, week), StringComparison.Ordinal);
    }
}
