using System.Diagnostics.Metrics;
using System.Text.RegularExpressions;
using PlanBot.Core.Planning;
using PlanBot.Core.Ports;
using PlanBot.Core.Tests.Planning;
using PlanBot.Core.Tests.Publishing;
using PlanBot.Core.Tests.Telemetry;
using PlanBot.Core.Tests.Tracking;
using PlanBot.Core.Tracking;
using PlanBot.GitHub.Tracking;
using PlanBot.Integration.Tests.FakeGitHub;
using PlanBot.Integration.Tests.Infrastructure;

namespace PlanBot.Integration.Tests.Tracking;

/// <summary>
/// The whole loop as the Functions host runs it: the plan on the default branch, publish and tracking jobs on the
/// Azure queue (Azurite), checkpoints, publications and bursts in Azure tables, and GitHub over HTTP.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed partial class TrackingFlowTests(AzuriteFixture azurite)
{
    private static readonly Core.Planning.PlanDocument Plan = SamplePlans.FourPhases();

    [Fact]
    public async Task Publishing_from_the_queue_creates_the_plan_once_and_a_second_publish_writes_nothing()
    {
        await using var harness = await TrackingHarness.StartAsync(azurite.ConnectionString);
        using var metrics = new RecordedMeasurements(harness.Service<IMeterFactory>());
        harness.PutPlan(Plan);

        await harness.PublishAsync();
        await harness.DrainAsync();
        var writes = harness.Server.Log.Writes;
        await harness.PublishAsync();
        await harness.DrainAsync();

        Assert.Equal(5 + 4 + 17 + 12, writes);
        Assert.Equal(writes, harness.Server.Log.Writes);
        var publication = (await harness.Service<IPublicationStore>().GetAsync(harness.Repository, CancellationToken.None))!.Publication;
        // The plan as read from the file: its "@ops-team" and "#12" keep the zero-width space that neutralises them.
        Assert.Equal(new PlanMarkdownParser().Parse(PlanMarkdownWriter.Write(Plan)), publication.Plan);
        Assert.Equal(Enumerable.Range(1, 17), publication.Issues);
        Assert.Equal(new DateOnly(2027, 1, 6), publication.SlipsCheckedOn);
        Assert.Equal(2, metrics.All.Count(m => m.StartsWith("planbot.publish.duration s ", StringComparison.Ordinal) && m.EndsWith(" outcome=completed", StringComparison.Ordinal)));
        AssertTrafficMatchesGitHubsDescription(harness);
    }

    [Fact]
    public async Task A_changed_plan_gives_exactly_the_expected_updates_and_keeps_ticked_boxes()
    {
        await using var harness = await TrackingHarness.StartAsync(azurite.ConnectionString);
        harness.PutPlan(Plan);
        await harness.PublishAsync();
        await harness.DrainAsync();
        var week5 = Number(harness, "Week 5: Feature 005");
        lock (harness.Server.State.Gate)
        {
            var issue = harness.Remote.Issues[week5];
            issue.Body = issue.Body!.Replace("- [ ] Tests for FR-005 pass", "- [x] Tests for FR-005 pass", StringComparison.Ordinal);
        }

        harness.Server.Log.Clear();
        harness.PutPlan(ChangedPlans.Changed(Plan));
        await harness.PublishAsync();
        await harness.DrainAsync();

        var names = Names(harness);
        var writes = harness.Server.Log.Requests.Where(request => request.IsWrite).Select(request => $"{request.Method} {Describe(request.Path, names)}").Order(StringComparer.Ordinal);
        Assert.Equal(
            [
                "PATCH issue Phase 1: Foundation",
                "PATCH issue Phase 4: Hardening",
                "PATCH issue Plan tracker: Payments ledger",
                "PATCH issue Week 12: Feature 012",
                "PATCH issue Week 2: Ledger alerts",
                "PATCH issue Week 5: Feature 005",
                "POST comment on Week 12: Feature 012",
                "POST issue",
                "POST issue",
                "POST label",
                "POST milestone",
                "POST sub-issue of Phase 5: Launch",
            ],
            writes);
        lock (harness.Server.State.Gate)
        {
            var body = harness.Remote.Issues[week5].Body!;
            Assert.Contains("- [x] Tests for FR-005 pass", body, StringComparison.Ordinal);
            Assert.Contains("- [ ] Reconciliation report reviewed", body, StringComparison.Ordinal);
            var removed = harness.Remote.Issues.Values.Single(issue => issue.Title == "Week 12: Feature 012");
            Assert.Equal("closed", removed.State);
            Assert.Contains("no longer in the implementation plan", harness.Remote.Comments.Values.Single(comment => comment.IssueNumber == removed.Number).Body, StringComparison.Ordinal);
            var week13 = harness.Remote.Issues.Values.Single(issue => issue.Title == "Week 13: Feature 013");
            Assert.Equal(harness.Remote.Issues.Values.Single(issue => issue.Title == "Phase 5: Launch").Id, week13.ParentId);
            Assert.Equal(["planbot", "phase-5"], week13.Labels);
        }
        AssertTrafficMatchesGitHubsDescription(harness);
    }

    [Fact]
    public async Task Ticking_boxes_closes_weeks_then_the_milestone_and_updates_the_tracker_once_per_burst()
    {
        await using var harness = await TrackingHarness.StartAsync(azurite.ConnectionString);
        harness.PutPlan(Plan);
        await harness.PublishAsync();
        await harness.DrainAsync();
        var tracker = Number(harness, "Plan tracker: Payments ledger");
        harness.Server.Log.Clear();

        foreach (var week in new[] { "Week 1: Feature 001", "Week 2: Feature 002", "Week 3: Feature 003" })
        {
            await harness.PersonChangesIssueAsync(Number(harness, week), "edited", issue => issue.Body = TickAll(issue.Body!));
        }

        await harness.DrainAsync();

        var trackerPatches = harness.Server.Log.Matching("PATCH", $"/repos/acme/ledger/issues/{tracker}").Count();
        Assert.Equal(1, trackerPatches);
        lock (harness.Server.State.Gate)
        {
            foreach (var week in new[] { "Week 1: Feature 001", "Week 2: Feature 002", "Week 3: Feature 003" })
            {
                var issue = harness.Remote.Issues.Values.Single(issue => issue.Title == week);
                Assert.Equal("closed", issue.State);
                Assert.Contains("Every acceptance criterion of this week is ticked", harness.Remote.Comments.Values.Single(comment => comment.IssueNumber == issue.Number).Body, StringComparison.Ordinal);
            }

            Assert.Equal("closed", harness.Remote.Milestones[1].State);
            Assert.Equal("open", harness.Remote.Milestones[2].State);
            Assert.Contains("Phase 1: Foundation is complete", harness.Remote.Comments.Values.Single(comment => comment.IssueNumber == tracker).Body, StringComparison.Ordinal);
            var body = harness.Remote.Issues[tracker].Body!;
            Assert.Contains("3 of 12 weeks closed", body, StringComparison.Ordinal);
            Assert.Contains("<!-- planbot:closed-weeks:1,2,3 -->", body, StringComparison.Ordinal);
        }
        AssertTrafficMatchesGitHubsDescription(harness);
    }

    [Fact]
    public async Task A_week_closed_with_unticked_criteria_gets_a_comment_listing_them()
    {
        await using var harness = await TrackingHarness.StartAsync(azurite.ConnectionString);
        harness.PutPlan(Plan);
        await harness.PublishAsync();
        await harness.DrainAsync();
        var week4 = Number(harness, "Week 4: Feature 004");

        await harness.PersonChangesIssueAsync(week4, "closed", issue =>
        {
            issue.Body = issue.Body!.Replace("- [ ] FR-004 accepted", "- [x] FR-004 accepted", StringComparison.Ordinal);
            issue.State = "closed";
        });
        await harness.DrainAsync();

        lock (harness.Server.State.Gate)
        {
            var comment = harness.Remote.Comments.Values.Single(comment => comment.IssueNumber == week4).Body;
            Assert.Contains("closed with 1 of 2 acceptance criteria unticked", comment, StringComparison.Ordinal);
            Assert.Contains("- Tests for FR-004 pass", comment, StringComparison.Ordinal);
            Assert.Equal("open", harness.Remote.Milestones[2].State);
        }
        AssertTrafficMatchesGitHubsDescription(harness);
    }

    [Fact]
    public async Task Events_from_bots_and_about_other_issues_are_ignored()
    {
        await using var harness = await TrackingHarness.StartAsync(azurite.ConnectionString);
        harness.PutPlan(Plan);
        await harness.PublishAsync();
        await harness.DrainAsync();
        harness.Server.Log.Clear();

        await harness.PersonChangesIssueAsync(Number(harness, "Week 1: Feature 001"), "edited", issue => issue.Body = TickAll(issue.Body!), senderType: "Bot");
        await harness.PersonChangesIssueAsync(Number(harness, "Phase 1: Foundation"), "edited", issue => issue.Body = TickAll(issue.Body!));
        var handled = await harness.DrainAsync();

        Assert.Equal(2, handled);
        Assert.Empty(harness.Server.Log.Requests);
        Assert.Null(await harness.Service<ITrackingBurstStore>().GetAsync(harness.Repository, CancellationToken.None));
    }

    [Fact]
    public async Task The_daily_check_flags_slipped_weeks_once_and_refreshes_the_tracker()
    {
        await using var harness = await TrackingHarness.StartAsync(azurite.ConnectionString);
        harness.PutPlan(Plan);
        await harness.PublishAsync();
        await harness.DrainAsync();
        var tracker = Number(harness, "Plan tracker: Payments ledger");
        var jobs = harness.Service<IJobQueue>();

        await jobs.EnqueueAsync(TrackingJobs.ForDaily(harness.Repository, new DateOnly(2027, 1, 20)), TimeSpan.Zero, CancellationToken.None);
        await harness.DrainAsync();
        var writes = harness.Server.Log.Writes;
        await jobs.EnqueueAsync(TrackingJobs.ForDaily(harness.Repository, new DateOnly(2027, 1, 20)), TimeSpan.Zero, CancellationToken.None);
        await harness.DrainAsync();

        Assert.Equal(writes, harness.Server.Log.Writes);
        Assert.Equal(new DateOnly(2027, 1, 20), (await harness.Service<IPublicationStore>().GetAsync(harness.Repository, CancellationToken.None))!.Publication.SlipsCheckedOn);
        lock (harness.Server.State.Gate)
        {
            var comment = harness.Remote.Comments.Values.Single(comment => comment.IssueNumber == tracker).Body;
            Assert.Contains("2 weeks slipped since 2027-01-06", comment, StringComparison.Ordinal);
            Assert.Contains("Week 1: Feature 001 — due 2027-01-08", comment, StringComparison.Ordinal);
            Assert.Contains("Week 2: Feature 002 — due 2027-01-15", comment, StringComparison.Ordinal);
            Assert.Contains("_Updated 2027-01-20 by PlanBot._", harness.Remote.Issues[tracker].Body, StringComparison.Ordinal);
        }
        AssertTrafficMatchesGitHubsDescription(harness);
    }

    [Fact]
    public async Task The_daily_scheduler_queues_one_check_per_published_repository()
    {
        await using var harness = await TrackingHarness.StartAsync(azurite.ConnectionString);
        harness.PutPlan(Plan);
        await harness.PublishAsync();
        await harness.DrainAsync();

        var queued = await harness.Service<DailyTrackingScheduler>().ScheduleAsync(CancellationToken.None);
        await harness.DrainAsync();

        Assert.True(queued >= 1);
        Assert.Equal(DateOnly.FromDateTime(harness.Clock.GetUtcNow().UtcDateTime), (await harness.Service<IPublicationStore>().GetAsync(harness.Repository, CancellationToken.None))!.Publication.SlipsCheckedOn);
    }

    [Fact]
    public async Task A_repository_with_hundreds_of_milestones_and_labelled_issues_is_read_page_by_page_and_left_as_it_is()
    {
        await using var harness = await TrackingHarness.StartAsync(azurite.ConnectionString);
        harness.PutPlan(Plan);
        await harness.PublishAsync();
        await harness.DrainAsync();
        lock (harness.Server.State.Gate)
        {
            // The rest of the repository's work: 120 milestones in all, and 250 issues with PlanBot's label in all
            // (somebody labelled support tickets too), so neither list fits one page of 100.
            for (var sprint = harness.Remote.Milestones.Count; sprint < 120; sprint++)
            {
                var milestone = new FakeMilestone { Id = harness.Server.State.NextId(), Number = harness.Remote.Milestones.Keys.Max() + 1, Author = "ana", CreatedAt = harness.Clock.GetUtcNow(), Title = $"Sprint {sprint}" };
                harness.Remote.Milestones[milestone.Number] = milestone;
            }

            for (var ticket = harness.Remote.Issues.Count; ticket < 250; ticket++)
            {
                harness.Remote.AddIssue("ana", $"Support ticket {ticket}", "A customer asks for a CSV export.", null).Labels.Add("planbot");
            }
        }

        harness.Server.Log.Clear();
        await harness.PublishAsync();
        await harness.DrainAsync();

        Assert.Equal(0, harness.Server.Log.Writes);
        Assert.All(Reads(harness, "/milestones"), pages => Assert.Equal("1 2", pages));
        Assert.All(Reads(harness, "/issues"), pages => Assert.Equal("1 2 3", pages));
        AssertTrafficMatchesGitHubsDescription(harness);
    }

    /// <summary>Each time PlanBot read a list, the pages it asked for ("1 2 3"; a request without <c>page</c> is page 1).</summary>
    private static List<string> Reads(TrackingHarness harness, string list)
    {
        var pages = harness.Server.Log.Requests
            .Where(request => request.Method == "GET" && request.Path.EndsWith(list, StringComparison.Ordinal))
            .Select(request => Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(request.Query).TryGetValue("page", out var page) ? page.ToString() : "1");
        var reads = new List<string>();
        foreach (var page in pages)
        {
            if (page == "1" || reads.Count == 0)
            {
                reads.Add(page);
            }
            else
            {
                reads[^1] += " " + page;
            }
        }

        Assert.NotEmpty(reads);
        return reads;
    }

    /// <summary>Every request PlanBot sent and every answer it read, checked against GitHub's OpenAPI description.</summary>
    private static void AssertTrafficMatchesGitHubsDescription(TrackingHarness harness)
    {
        var violations = harness.Server.Log.Requests.SelectMany(GitHubEndpointTemplates.Violations).Distinct().ToList();
        Assert.True(violations.Count == 0, "Not as GitHub's description says:\n" + string.Join('\n', violations));
    }

    private static string TickAll(string body) => body.Replace("- [ ]", "- [x]", StringComparison.Ordinal);

    private static int Number(TrackingHarness harness, string title)
    {
        lock (harness.Server.State.Gate)
        {
            return harness.Remote.Issues.Values.Single(issue => issue.Title == title).Number;
        }
    }

    private static Dictionary<int, string> Names(TrackingHarness harness)
    {
        lock (harness.Server.State.Gate)
        {
            return harness.Remote.Issues.Values.ToDictionary(issue => issue.Number, issue => issue.Title);
        }
    }

    // "/repos/acme/ledger/issues/7/comments" → "comment on Week 2: …": what a write did, independent of numbering.
    private static string Describe(string path, Dictionary<int, string> names)
    {
        var match = WritePath().Match(path);
        var number = match.Groups["number"].Success ? int.Parse(match.Groups["number"].Value, System.Globalization.CultureInfo.InvariantCulture) : 0;
        return (match.Groups["kind"].Value, match.Groups["sub"].Value) switch
        {
            ("issues", "comments") => "comment on " + names[number],
            ("issues", "sub_issues") => "sub-issue of " + names[number],
            ("issues", "") when number > 0 => "issue " + names[number],
            ("issues", "") => "issue",
            ("milestones", _) => "milestone",
            ("labels", _) => "label",
            _ => path,
        };
    }

    [GeneratedRegex(@"^/repos/[^/]+/[^/]+/(?<kind>issues|milestones|labels)(?:/(?<number>\d+))?(?:/(?<sub>[a-z_]+))?$")]
    private static partial Regex WritePath();
}
