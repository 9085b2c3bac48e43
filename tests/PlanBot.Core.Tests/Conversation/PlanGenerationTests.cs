using PlanBot.Core.Conversation;
using PlanBot.Core.Conversation.Comments;
using PlanBot.Core.Engine;
using PlanBot.Core.Ports;
using PlanBot.Core.Scoping;
using PlanBot.Core.Tests.Scoping;

namespace PlanBot.Core.Tests.Conversation;

public sealed class PlanGenerationTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task The_last_required_answer_writes_the_plan_in_one_commit_with_a_summary_and_a_green_status()
    {
        var harness = await OpenedAsync();

        await harness.SayAsync(ConversationHarness.RequiredAnswers);

        var commit = Assert.Single(harness.GitHub.CommitLog);
        Assert.Equal(ConversationHarness.HeadBranch, commit.Branch);
        var plan = harness.GitHub.FileOn(ConversationHarness.HeadBranch, ConversationHarness.PlanPath);
        Assert.Contains("- team.size: 4 people (3 backend, 1 QA)", plan, StringComparison.Ordinal);
        Assert.Contains("(assumed)", plan, StringComparison.Ordinal);
        var summary = harness.GitHub.Comments.Single(c => c.Body.StartsWith(CommentMarkers.Summary, StringComparison.Ordinal));
        GoldenFile.AssertMatches("summary.md", summary.Body);
        var (sha, status) = harness.GitHub.Statuses[^1];
        Assert.Equal((harness.GitHub.Head(ConversationHarness.HeadBranch), CommitStatusState.Success, "plan committed"), (sha, status.State, status.Description));
        Assert.Equal(PlanningSessionState.PlanCommitted, harness.Session.State);
        Assert.Single(harness.Decisions.Records, r => r.Kind == DecisionKind.Generation);
        Assert.Equal(21, harness.Decisions.Records.Count(r => r.Kind == DecisionKind.Assumption));
        Assert.Equal(["planbot.plans.generated {plan} 1 trigger=answers"], harness.Measurements.All);
    }

    [Fact]
    public async Task Generate_before_every_answer_is_in_fills_the_gaps_with_defaults_listed_as_assumptions()
    {
        var harness = await OpenedAsync();

        await harness.SayAsync("team.size: 2\n/planbot generate");

        Assert.Single(harness.GitHub.CommitLog);
        Assert.Equal(["planbot.plans.generated {plan} 1 trigger=generate"], harness.Measurements.All);
        var assumptions = harness.Session.Plan!.Assumptions;
        Assert.Contains(assumptions, a => a.QuestionId == QuestionIds.StartDate && a.Value == "next Monday");
        Assert.DoesNotContain(assumptions, a => a.QuestionId == QuestionIds.TeamSize);
        var summary = harness.GitHub.Comments.Single(c => c.Body.StartsWith(CommentMarkers.Summary, StringComparison.Ordinal)).Body;
        Assert.Contains("- `timeline.start_date`: next Monday", summary, StringComparison.Ordinal);
        Assert.All(assumptions, a => Assert.Contains(harness.Decisions.Records, r => r.Kind == DecisionKind.Assumption && r.Subject == a.QuestionId && r.Actor == "alice"));
    }

    [Fact]
    public async Task A_stranger_completing_the_answers_does_not_write_the_plan_but_the_answers_count()
    {
        var harness = await OpenedAsync();

        await harness.SayAsync(ConversationHarness.RequiredAnswers, sender: "bob");

        Assert.Empty(harness.GitHub.CommitLog);
        Assert.Empty(harness.Session.Questionnaire!.MissingRequired(harness.Session.Answers));
        Assert.Contains("Comment `/planbot generate` when you are ready", harness.ScopingComment.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_plan_edited_by_hand_is_never_overwritten_until_regenerate_force()
    {
        var harness = await OpenedAsync();
        await harness.SayAsync(ConversationHarness.RequiredAnswers);
        harness.GitHub.Push(ConversationHarness.HeadBranch, new Dictionary<string, string?> { [ConversationHarness.PlanPath] = "# My own plan\n" });

        await harness.SayAsync("team.size: 6");

        Assert.Single(harness.GitHub.CommitLog);
        Assert.Equal("# My own plan\n", harness.GitHub.FileOn(ConversationHarness.HeadBranch, ConversationHarness.PlanPath));
        var summary = harness.GitHub.Comments.Single(c => c.Body.StartsWith(CommentMarkers.Summary, StringComparison.Ordinal));
        Assert.Contains("was changed by hand", summary.Body, StringComparison.Ordinal);
        Assert.Contains("/planbot regenerate --force", summary.Body, StringComparison.Ordinal);

        await harness.SayAsync("/planbot regenerate");
        Assert.Single(harness.GitHub.CommitLog);

        await harness.SayAsync("/planbot regenerate --force");

        Assert.Equal(2, harness.GitHub.CommitLog.Count);
        Assert.Contains("- team.size: 6 people", harness.GitHub.FileOn(ConversationHarness.HeadBranch, ConversationHarness.PlanPath), StringComparison.Ordinal);
        Assert.DoesNotContain("was changed by hand", harness.GitHub.Comments.Single(c => c.Id == summary.Id).Body, StringComparison.Ordinal);
        Assert.Single(harness.GitHub.Comments, c => c.Body.StartsWith(CommentMarkers.Summary, StringComparison.Ordinal));
    }

    [Fact]
    public async Task New_documents_regenerate_the_plan_but_an_unchanged_plan_is_not_committed_again()
    {
        var harness = await OpenedAsync();
        await harness.SayAsync(ConversationHarness.RequiredAnswers);
        harness.GitHub.Push(ConversationHarness.HeadBranch, new Dictionary<string, string?> { [ConversationHarness.TrdPath] = ConversationHarness.Trd + "\n- GET /v1/statements\n" });
        harness.Clock.Advance(TimeSpan.FromDays(3));

        await harness.PullRequests.HandleAsync(harness.PullRequest(PullRequestAction.Synchronize), None);

        Assert.Equal(2, harness.Engine.Plans.Count);
        Assert.Equal(harness.Engine.Plans[0], harness.Engine.Plans[1]);
        Assert.Single(harness.GitHub.CommitLog);
        Assert.Null(harness.Session.PlanRequest);
        Assert.Equal(harness.GitHub.Head(ConversationHarness.HeadBranch), harness.GitHub.Statuses[^1].Sha);

        await harness.SayAsync("team.size: 5");

        Assert.Equal(2, harness.GitHub.CommitLog.Count);
    }

    [Fact]
    public async Task PlanBots_own_push_comes_back_as_a_synchronize_from_a_bot_and_is_ignored()
    {
        var harness = await OpenedAsync();
        await harness.SayAsync(ConversationHarness.RequiredAnswers);
        var calls = harness.GitHub.Calls.Count;

        var result = await harness.PullRequests.HandleAsync(harness.PullRequest(PullRequestAction.Synchronize, sender: "planbot[bot]", senderIsBot: true), None);

        Assert.Equal(ConversationOutcome.Ignored, result.Outcome);
        Assert.Equal(calls, harness.GitHub.Calls.Count);
    }

    [Fact]
    public async Task A_crash_after_the_commit_is_recovered_without_a_second_commit()
    {
        var harness = await OpenedAsync();
        var comment = harness.Comment(ConversationHarness.RequiredAnswers);
        harness.Sessions.FailSaveWhen = session => session.Plan is not null;

        await Assert.ThrowsAsync<TimeoutException>(() => harness.Comments.HandleAsync(comment, None));
        await harness.Comments.HandleAsync(comment, None);

        Assert.Single(harness.GitHub.CommitLog);
        Assert.NotNull(harness.Session.Plan);
        Assert.Single(harness.GitHub.Comments, c => c.Body.StartsWith(CommentMarkers.Summary, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_command_on_a_pull_request_opened_before_planbot_was_installed_reads_it_first()
    {
        var harness = new ConversationHarness();
        harness.GitHub.PullRequests[ConversationHarness.Key.PullRequest] = harness.PullRequest(PullRequestAction.Opened).PullRequest;
        var status = harness.Comment("/planbot status");

        await harness.Comments.HandleAsync(status, None);

        Assert.Equal(PlanningSessionState.Scoping, harness.Session.State);
        Assert.Equal("https://github.com/acme/payments", harness.Session.RepositoryUrl);
        Assert.Collection(
            harness.GitHub.Comments,
            scoping => Assert.StartsWith(ScopingCommentRenderer.Marker, scoping.Body, StringComparison.Ordinal),
            reply => Assert.StartsWith(CommentMarkers.Reply, reply.Body, StringComparison.Ordinal));
        Assert.DoesNotContain("nothing to plan yet", harness.GitHub.Comments[^1].Body, StringComparison.Ordinal);

        // The same comment delivered again: nothing more is read, asked or said.
        var calls = harness.GitHub.Calls.Count;
        await harness.Comments.HandleAsync(status, None);
        Assert.Equal(2, harness.GitHub.Comments.Count);
        Assert.Equal(calls, harness.GitHub.Calls.Count);

        await harness.SayAsync(ConversationHarness.RequiredAnswers);
        Assert.Single(harness.GitHub.CommitLog);
    }

    [Fact]
    public async Task A_command_on_a_draft_pull_request_says_what_would_make_planbot_read_it()
    {
        var harness = new ConversationHarness();
        harness.GitHub.PullRequests[ConversationHarness.Key.PullRequest] = harness.PullRequest(PullRequestAction.Opened, draft: true).PullRequest;

        await harness.SayAsync("/planbot status");

        var reply = Assert.Single(harness.GitHub.Comments).Body;
        Assert.Contains("I have not read this pull request, because it is a draft or changes neither the PRD nor the TRD. Mark it ready for review", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_fork_gets_its_plan_on_a_branch_of_the_base_repository_with_its_own_pull_request()
    {
        var harness = new ConversationHarness();
        await harness.PullRequests.HandleAsync(harness.PullRequest(PullRequestAction.Opened, headRepository: "mallory/payments"), None);
        var forkHead = harness.GitHub.Head(ConversationHarness.HeadBranch);

        await harness.SayAsync(ConversationHarness.RequiredAnswers);

        var (title, head, baseRef, number) = Assert.Single(harness.GitHub.OpenedPullRequests);
        Assert.Equal(("Implementation plan for #5", "planbot/plan-for-pr-5", "main"), (title, head, baseRef));
        Assert.Equal(forkHead, harness.GitHub.Head(ConversationHarness.HeadBranch));
        Assert.Equal("planbot/plan-for-pr-5", Assert.Single(harness.GitHub.CommitLog).Branch);
        Assert.NotNull(harness.GitHub.FileOn("planbot/plan-for-pr-5", ConversationHarness.PlanPath));
        var summary = harness.GitHub.Comments.Single(c => c.Body.StartsWith(CommentMarkers.Summary, StringComparison.Ordinal)).Body;
        Assert.Contains($"the plan is in #{number}", summary, StringComparison.Ordinal);

        await harness.PullRequests.HandleAsync(harness.PullRequest(PullRequestAction.Closed, open: false, merged: true, headRepository: "mallory/payments"), None);
        Assert.Empty(harness.Publisher.Requests);

        var planKey = ConversationHarness.Key with { PullRequest = number };
        await harness.PullRequests.HandleAsync(harness.PullRequest(PullRequestAction.Closed, open: false, merged: true, key: planKey, headBranch: "planbot/plan-for-pr-5"), None);
        Assert.Equal("#100 with the plan was merged", Assert.Single(harness.Publisher.Requests).Reason);
    }

    [Fact]
    public async Task A_fork_whose_base_repository_refuses_the_plan_branch_gets_the_plan_in_the_summary_comment()
    {
        var harness = new ConversationHarness();
        await harness.PullRequests.HandleAsync(harness.PullRequest(PullRequestAction.Opened, headRepository: "mallory/payments"), None);
        harness.GitHub.FailNext("POST ref", new GitHubWriteRefusedException("creating branch planbot/plan-for-pr-5: 403 Resource not accessible by integration"));

        await harness.SayAsync(ConversationHarness.RequiredAnswers);

        Assert.Empty(harness.GitHub.CommitLog);
        Assert.Empty(harness.GitHub.OpenedPullRequests);
        var summary = harness.GitHub.Comments.Single(c => c.Body.StartsWith(CommentMarkers.Summary, StringComparison.Ordinal)).Body;
        GoldenFile.AssertMatches("summary-in-comment.md", summary);
        Assert.True(harness.Session.Plan!.InComment);
        Assert.Equal("plan posted in a comment; GitHub refused the commit", harness.GitHub.Statuses[^1].Status.Description);
        Assert.Single(harness.Decisions.Records, r => r.Kind == DecisionKind.Generation && r.Value == "summary comment");

        // Unchanged inputs: nothing is asked of GitHub again, not even the branch.
        await harness.SayAsync("/planbot regenerate");
        Assert.Equal(1, harness.GitHub.Count("POST ref"));

        // Changed answers once GitHub allows the branch: the plan moves to its own pull request.
        await harness.SayAsync("team.size: 5");
        Assert.Equal("planbot/plan-for-pr-5", Assert.Single(harness.GitHub.CommitLog).Branch);
        var number = Assert.Single(harness.GitHub.OpenedPullRequests).Number;
        summary = harness.GitHub.Comments.Single(c => c.Body.StartsWith(CommentMarkers.Summary, StringComparison.Ordinal)).Body;
        Assert.Contains($"the plan is in #{number}", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("<details>", summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_branch_whose_rules_refuse_the_commit_gets_the_plan_in_the_summary_comment()
    {
        var harness = await OpenedAsync();
        harness.GitHub.FailNext("PUT contents", new GitHubWriteRefusedException($"writing {ConversationHarness.PlanPath} on docs: 403 Resource not accessible by integration"));

        await harness.SayAsync(ConversationHarness.RequiredAnswers);

        Assert.Empty(harness.GitHub.CommitLog);
        Assert.True(harness.Session.Plan!.InComment);
        var summary = harness.GitHub.Comments.Single(c => c.Body.StartsWith(CommentMarkers.Summary, StringComparison.Ordinal)).Body;
        Assert.Contains("ℹ️ GitHub did not let me write to branch `docs` of this repository", summary, StringComparison.Ordinal);
        Assert.Contains("- team.size: 4 people (3 backend, 1 QA)", summary, StringComparison.Ordinal);

        await harness.SayAsync("/planbot status");
        Assert.Contains("GitHub did not let me commit the plan, so it is in my summary comment.", harness.GitHub.Comments[^1].Body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_plan_longer_than_a_comment_is_cut_at_a_line_and_the_cut_is_said()
    {
        var lines = Enumerable.Range(1, 5_000).Select(i => $"- [ ] Criterion {i} with a `code` span").ToList();
        var markdown = "# Plan\n\n```bash\ncurl http://localhost\n```\n\n" + string.Join('\n', lines) + "\n";
        var plan = new CommittedPlan("IMPLEMENTATION_PLAN.md", "planbot/plan-for-pr-5", null, string.Empty, "0123456789abcdef", null, 4, 12, null, null, ValueList<Assumption>.Empty, ValueList<string>.Empty, DateTimeOffset.UnixEpoch, markdown);
        var session = PlanningSession.Start(ConversationHarness.Key, DateTimeOffset.UnixEpoch) with { Plan = plan, State = PlanningSessionState.PlanCommitted };

        var body = SummaryCommentRenderer.Render(session)!;

        Assert.True(body.Length <= SummaryCommentRenderer.MaxCommentLength, $"{body.Length} characters");
        Assert.Contains("\n````markdown\n# Plan\n", body, StringComparison.Ordinal);
        Assert.Contains("- [ ] Criterion 1 with a `code` span\n", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Criterion 5000 ", body, StringComparison.Ordinal);
        Assert.Matches(@"\n````\n\n</details>\n\n⚠️ The plan is longer than a comment can hold, so it stops after line \d+\.", body);

        // Cut already when it was kept (the session holds no more than a comment shows): the cut is still said.
        var kept = SummaryCommentRenderer.Render(session with { Plan = plan with { Markdown = "# Plan\n", MarkdownCut = true } })!;
        Assert.Contains("```\n\n</details>\n\n⚠️ The plan is longer than a comment can hold, so it stops after line 1.", kept, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Merging_the_pull_request_that_carries_the_plan_schedules_one_publish_even_when_redelivered()
    {
        var harness = await OpenedAsync();
        await harness.SayAsync(ConversationHarness.RequiredAnswers);
        var merged = harness.PullRequest(PullRequestAction.Closed, open: false, merged: true, sender: "carol");

        await harness.PullRequests.HandleAsync(merged, None);
        await harness.PullRequests.HandleAsync(merged, None);

        var request = Assert.Single(harness.Publisher.Requests);
        Assert.Equal(("acme/payments", "carol", merged.DeliveryId), (request.Repository.FullName, request.RequestedBy, request.DeliveryId));
        Assert.Equal(PlanningSessionState.Closed, harness.Session.State);
    }

    [Fact]
    public async Task The_repositorys_template_renders_the_plan_and_a_broken_one_falls_back_with_a_note()
    {
        var harness = await OpenedAsync("plan:\n  template: .github/planbot/plan.liquid\n");
        harness.GitHub.Push("main", new Dictionary<string, string?> { [".github/planbot/plan.liquid"] = "{% broken %}" });

        await harness.SayAsync(ConversationHarness.RequiredAnswers);

        Assert.DoesNotContain("custom template", harness.GitHub.FileOn(ConversationHarness.HeadBranch, ConversationHarness.PlanPath), StringComparison.Ordinal);
        var summary = harness.GitHub.Comments.Single(c => c.Body.StartsWith(CommentMarkers.Summary, StringComparison.Ordinal)).Body;
        Assert.Contains("could not render the plan (Unknown tag 'broken' at (1:4)), so I used the built-in template", summary, StringComparison.Ordinal);

        harness.GitHub.Push("main", new Dictionary<string, string?> { [".github/planbot/plan.liquid"] = "{{ plan }}" });
        await harness.SayAsync("/planbot regenerate");

        Assert.Contains("<!-- custom template -->", harness.GitHub.FileOn(ConversationHarness.HeadBranch, ConversationHarness.PlanPath), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(".github/planbot/plan.scriban", "# {{ plan.title }}\n\n{{ for phase in plan.phases ~}}\n- {{ phase.name }}: {{ phase.weeks.size }} weeks\n{{ end ~}}\n")]
    [InlineData(".github/planbot/plan.liquid", "# {{ plan.title }}\n\n{% for phase in plan.phases -%}\n- {{ phase.name }}: {{ phase.weeks.size }} weeks\n{% endfor -%}\n")]
    public async Task A_repository_template_in_either_syntax_writes_the_committed_plan(string path, string template)
    {
        var harness = new ConversationHarness(config: $"plan:\n  template: {path}\n", engine: new PlanEngine());
        await harness.OpenAsync();
        harness.Clock.Advance(TimeSpan.FromMinutes(1));
        harness.GitHub.Push("main", new Dictionary<string, string?> { [path] = template });

        // The harness's PRD has one requirement; the real questionnaire refuses an MVP naming two.
        await harness.SayAsync(ConversationHarness.RequiredAnswers.Replace("FR-001, FR-002", "FR-001", StringComparison.Ordinal));

        var plan = harness.GitHub.FileOn(ConversationHarness.HeadBranch, ConversationHarness.PlanPath);
        Assert.Matches(@"^# Reconciliation Plugin\n\n(- [^\n]+: \d+ weeks\n)+$", plan);
    }

    private static async Task<ConversationHarness> OpenedAsync(string? config = null)
    {
        var harness = new ConversationHarness(config: config);
        await harness.OpenAsync();
        harness.Clock.Advance(TimeSpan.FromMinutes(1));
        return harness;
    }
}
