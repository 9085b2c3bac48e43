using PlanBot.Core.Conversation;
using PlanBot.Core.Conversation.Comments;
using PlanBot.Core.Documents;
using PlanBot.Core.Ports;
using PlanBot.Core.Tests.Scoping;

namespace PlanBot.Core.Tests.Conversation;

public sealed class PullRequestConversationTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task Opened_with_both_documents_posts_one_scoping_comment_and_a_pending_status()
    {
        var harness = new ConversationHarness();

        var result = await harness.OpenAsync();

        Assert.Equal(ConversationOutcome.Applied, result.Outcome);
        var comment = Assert.Single(harness.GitHub.Comments);
        Assert.StartsWith(PlanBot.Core.Scoping.ScopingCommentRenderer.Marker, comment.Body, StringComparison.Ordinal);
        GoldenFile.AssertMatches("scoping-opened.md", comment.Body);
        var (sha, status) = Assert.Single(harness.GitHub.Statuses);
        Assert.Equal((harness.GitHub.Head("docs"), CommitStatusState.Pending, "PlanBot"), (sha, status.State, status.Context));
        Assert.Equal(PlanningSessionState.Scoping, harness.Session.State);
        Assert.Equal(comment.Id, harness.Session.ScopingComment.Id);
    }

    [Theory]
    [InlineData(false, true, "PRD")]
    [InlineData(true, false, "TRD")]
    public async Task Only_one_document_gets_one_comment_naming_the_missing_one_and_a_waiting_status(bool withPrd, bool withTrd, string missing)
    {
        var harness = new ConversationHarness(withPrd, withTrd);

        await harness.OpenAsync();

        var comment = Assert.Single(harness.GitHub.Comments);
        Assert.StartsWith(CommentMarkers.Notice, comment.Body, StringComparison.Ordinal);
        Assert.Contains($"The {missing} is missing", comment.Body, StringComparison.Ordinal);
        GoldenFile.AssertMatches($"missing-{missing.ToLowerInvariant()}.md", comment.Body);
        var status = Assert.Single(harness.GitHub.Statuses).Status;
        Assert.Equal((CommitStatusState.Pending, $"waiting for {missing}"), (status.State, status.Description));
        Assert.Equal(PlanningSessionState.WaitingForDocuments, harness.Session.State);
    }

    [Fact]
    public async Task The_missing_document_pushed_later_resolves_the_notice_in_place_and_asks_the_questions()
    {
        var harness = new ConversationHarness(withTrd: false);
        await harness.OpenAsync();
        harness.GitHub.Push("docs", new Dictionary<string, string?> { [ConversationHarness.TrdPath] = ConversationHarness.Trd });

        await harness.PullRequests.HandleAsync(harness.PullRequest(PullRequestAction.Synchronize), None);

        Assert.Equal(2, harness.GitHub.Comments.Count);
        Assert.Contains("Nothing stops me any more", harness.GitHub.Comments[0].Body, StringComparison.Ordinal);
        Assert.Same(harness.ScopingComment, harness.GitHub.Comments[1]);
        Assert.Equal("waiting for answers to the scoping questions", harness.GitHub.Statuses[^1].Status.Description);
    }

    public static TheoryData<string, Func<ConversationHarness, PullRequestActivity>> IgnoredPullRequests => new()
    {
        { "draft", h => h.PullRequest(PullRequestAction.Opened, draft: true) },
        { "closed", h => h.PullRequest(PullRequestAction.Reopened, open: false) },
        { "sent by a bot", h => h.PullRequest(PullRequestAction.Synchronize, sender: "dependabot[bot]", senderIsBot: true) },
        { "sent by PlanBot", h => h.PullRequest(PullRequestAction.Synchronize, sender: "planbot[bot]", senderIsBot: true) },
        { "closed without a session", h => h.PullRequest(PullRequestAction.Closed, open: false) },
    };

    [Theory]
    [MemberData(nameof(IgnoredPullRequests))]
    public async Task Ignored_pull_requests_cost_no_GitHub_request_and_store_nothing(string why, Func<ConversationHarness, PullRequestActivity> activity)
    {
        var harness = new ConversationHarness();

        var result = await harness.PullRequests.HandleAsync(activity(harness), None);

        Assert.True(result.Outcome == ConversationOutcome.Ignored, why);
        Assert.Empty(harness.GitHub.Calls);
        Assert.Null(harness.Sessions[ConversationHarness.Key]);
    }

    [Fact]
    public async Task A_pull_request_that_touches_neither_document_is_ignored_after_comparing_blob_shas_with_the_base()
    {
        var harness = new ConversationHarness();
        harness.GitHub.Push("main", new Dictionary<string, string?> { [ConversationHarness.PrdPath] = ConversationHarness.Prd, [ConversationHarness.TrdPath] = ConversationHarness.Trd });
        harness.GitHub.Push("feature", new Dictionary<string, string?> { ["src/app.go"] = "package main\n" }, from: "main");

        var result = await harness.PullRequests.HandleAsync(harness.PullRequest(PullRequestAction.Opened, headBranch: "feature"), None);

        Assert.Equal(ConversationOutcome.Ignored, result.Outcome);
        Assert.Contains("touches neither document", result.Reason, StringComparison.Ordinal);
        Assert.Empty(harness.GitHub.Comments);
        Assert.All(harness.GitHub.Calls, call => Assert.StartsWith("GET contents", call, StringComparison.Ordinal));
        Assert.Null(harness.Sessions[ConversationHarness.Key]);
    }

    [Fact]
    public async Task A_document_of_20_MB_gets_a_clear_comment_and_is_not_downloaded()
    {
        var harness = new ConversationHarness();
        harness.GitHub.Push("docs", new Dictionary<string, string?> { [ConversationHarness.PrdPath] = new string('x', 20 * 1024 * 1024) });

        await harness.OpenAsync();

        var comment = Assert.Single(harness.GitHub.Comments);
        Assert.Contains("**PRD too large:** `docs/pre-development-docs/PRD.md` is 20.0 MB; I read documents up to 5.0 MB.", comment.Body, StringComparison.Ordinal);
        GoldenFile.AssertMatches("too-large.md", comment.Body);
        var status = Assert.Single(harness.GitHub.Statuses).Status;
        Assert.Equal((CommitStatusState.Failure, "PRD.md is too large to read (20.0 MB)"), (status.State, status.Description));
        Assert.Equal(0, harness.Engine.Analyses);
        Assert.Null(harness.Session.Questionnaire);
    }

    [Fact]
    public async Task An_invalid_planbot_yml_is_quoted_line_by_line_and_the_defaults_apply()
    {
        var harness = new ConversationHarness(config: "documnets:\n  prd: docs/PRD.md\nplan:\n  path: /etc/passwd\n");

        await harness.OpenAsync();

        var notice = harness.GitHub.Comments.Single(c => c.Body.StartsWith(CommentMarkers.Notice, StringComparison.Ordinal));
        Assert.Contains("line 1: `documnets:` — unknown key `documnets` in the top level; did you mean `documents`?", notice.Body, StringComparison.Ordinal);
        Assert.Contains("line 4: `path: /etc/passwd`", notice.Body, StringComparison.Ordinal);
        GoldenFile.AssertMatches("invalid-config.md", notice.Body);
        Assert.Equal(ConversationHarness.PlanPath, harness.Session.Config.PlanPath);
        Assert.NotNull(harness.ScopingComment);
    }

    [Fact]
    public async Task A_planbot_yml_full_of_bad_lines_lists_the_first_twenty()
    {
        var harness = new ConversationHarness(config: string.Concat(Enumerable.Range(1, 30).Select(i => $"unknown{i}: x\n")));

        await harness.OpenAsync();

        var notice = harness.GitHub.Comments.Single(c => c.Body.StartsWith(CommentMarkers.Notice, StringComparison.Ordinal)).Body;
        Assert.Contains("line 20: `unknown20: x`", notice, StringComparison.Ordinal);
        Assert.DoesNotContain("unknown21", notice, StringComparison.Ordinal);
        Assert.Contains("- … and 10 more", notice, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_status_description_is_cut_to_GitHubs_140_characters()
    {
        var longName = new string('p', 200) + ".md";
        var harness = new ConversationHarness(config: $"documents:\n  prd: docs/{longName}\n");
        harness.GitHub.Push("docs", new Dictionary<string, string?> { [$"docs/{longName}"] = new string('x', 6 * 1024 * 1024) });

        await harness.OpenAsync();

        var description = Assert.Single(harness.GitHub.Statuses).Status.Description;
        Assert.Equal(140, description.Length);
        Assert.EndsWith("…", description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Document_paths_come_from_planbot_yml_on_the_default_branch()
    {
        var harness = new ConversationHarness(withPrd: false, withTrd: false, config: "documents:\n  prd: specs/prd.md\n  trd: specs/trd.md\n");
        harness.GitHub.Push("docs", new Dictionary<string, string?> { ["specs/prd.md"] = ConversationHarness.Prd, ["specs/trd.md"] = ConversationHarness.Trd });

        await harness.OpenAsync();

        Assert.Contains("GET contents .github/planbot.yml@main", harness.GitHub.Calls);
        Assert.Contains($"GET contents specs/prd.md@{harness.GitHub.Head("docs")}", harness.GitHub.Calls);
        Assert.NotNull(harness.ScopingComment);
    }

    [Fact]
    public async Task A_redelivered_event_changes_nothing_and_costs_no_request()
    {
        var harness = new ConversationHarness();
        var opened = harness.PullRequest(PullRequestAction.Opened);
        await harness.PullRequests.HandleAsync(opened, None);
        var calls = harness.GitHub.Calls.Count;
        var session = harness.Session;

        var again = await harness.PullRequests.HandleAsync(opened, None);

        Assert.Equal(ConversationOutcome.AlreadyApplied, again.Outcome);
        Assert.Equal(calls, harness.GitHub.Calls.Count);
        Assert.Equal(session, harness.Session);
    }

    [Fact]
    public async Task A_failure_after_the_session_was_saved_is_finished_by_the_retry_without_a_second_comment()
    {
        var harness = new ConversationHarness();
        var opened = harness.PullRequest(PullRequestAction.Opened);
        harness.GitHub.FailNext("POST status", new HttpRequestException("502 Bad Gateway"));

        await Assert.ThrowsAsync<HttpRequestException>(() => harness.PullRequests.HandleAsync(opened, None));
        var retry = await harness.PullRequests.HandleAsync(opened, None);

        Assert.Equal(ConversationOutcome.AlreadyApplied, retry.Outcome);
        Assert.Single(harness.GitHub.Comments);
        Assert.Single(harness.GitHub.Statuses);
    }

    [Fact]
    public async Task A_comment_GitHub_created_without_the_answer_reaching_planbot_is_found_not_posted_twice()
    {
        var harness = new ConversationHarness();
        var opened = harness.PullRequest(PullRequestAction.Opened);
        harness.GitHub.FailNextAfterActing("POST comment", new HttpRequestException("502 Bad Gateway"));

        await Assert.ThrowsAsync<HttpRequestException>(() => harness.PullRequests.HandleAsync(opened, None));
        await harness.PullRequests.HandleAsync(opened, None);

        var scoping = Assert.Single(harness.GitHub.Comments);
        Assert.Equal(scoping.Id, harness.Session.ScopingComment.Id);
        Assert.Equal(1, harness.GitHub.Count("GET comments"));
        Assert.Equal(1, harness.GitHub.Count("POST comment"));

        // From now on the comment is updated in place, as if its creation had never gone wrong.
        await harness.SayAsync("team.size: 4");
        Assert.Single(harness.GitHub.Comments);
        Assert.Contains("4 people", harness.GitHub.Comments[0].Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Synchronize_with_unchanged_documents_only_sets_the_status_on_the_new_head()
    {
        var harness = new ConversationHarness();
        await harness.OpenAsync();
        harness.GitHub.Push("docs", new Dictionary<string, string?> { ["src/main.go"] = "package main\n" });
        harness.Clock.Advance(TimeSpan.FromMinutes(5));

        await harness.PullRequests.HandleAsync(harness.PullRequest(PullRequestAction.Synchronize), None);

        Assert.Single(harness.GitHub.Comments);
        Assert.Equal(1, harness.Engine.Analyses);
        Assert.Equal(0, harness.GitHub.Count("PATCH comment"));
        Assert.Equal(harness.GitHub.Head("docs"), harness.GitHub.Statuses[^1].Sha);
    }

    [Fact]
    public async Task Answers_stored_under_line_keys_follow_their_requirements_when_the_prd_changes_and_what_is_lost_is_said()
    {
        const string prd = "# PRD: Harbour Berths\n\n## Functional Requirements\n- Book a berth for a date range\n- Cancel a booking\n- Show free berths on a map\n";
        var harness = new ConversationHarness();
        harness.Engine.Reads = true;
        harness.GitHub.Push("docs", new Dictionary<string, string?> { [ConversationHarness.PrdPath] = prd });
        await harness.OpenAsync();

        // A session stored before requirements without ids were keyed by their titles: line keys, answered by ticking.
        var stored = (await harness.Sessions.GetAsync(ConversationHarness.Key, None))!;
        var legacy = AnswerRebaseTests.Legacy(stored.Session.Questionnaire!);
        var answer = new PlanBot.Core.Scoping.Answers.Answer("scope.mvp", "PRD-L4, PRD-L6, PRD-L9", new PlanBot.Core.Scoping.Answers.ListValue(new[] { "PRD-L4", "PRD-L6", "PRD-L9" }), PlanBot.Core.Scoping.Answers.AnswerSource.Checkbox, "alice", harness.Clock.GetUtcNow());
        await harness.Sessions.SaveAsync(stored.Session with { Questionnaire = legacy, Answers = stored.Session.Answers.With(answer) }, stored.ETag, None);

        harness.GitHub.Push("docs", new Dictionary<string, string?> { [ConversationHarness.PrdPath] = prd.Replace("## Functional", "Skippers book before they arrive.\n\n## Functional", StringComparison.Ordinal) });
        await harness.PullRequests.HandleAsync(harness.PullRequest(PullRequestAction.Synchronize), None);

        var rebased = harness.Session.Answers.Find("scope.mvp")!;
        Assert.Equal(new PlanBot.Core.Scoping.Answers.ListValue(new[] { "book-a-berth-for-a-date-range", "show-free-berths-on-a-map" }), rebased.Value);
        Assert.Contains("`PRD-L9` no longer matches a choice after the documents changed", harness.ScopingComment.Body, StringComparison.Ordinal);
        Assert.Contains("- [x] Book a berth for a date range (PRD line 6)", harness.ScopingComment.Body, StringComparison.Ordinal);
        Assert.Contains("- [ ] Cancel a booking (PRD line 7)", harness.ScopingComment.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_event_older_than_one_already_handled_is_ignored()
    {
        var harness = new ConversationHarness();
        var old = harness.PullRequest(PullRequestAction.Opened);
        harness.Clock.Advance(TimeSpan.FromMinutes(1));
        await harness.PullRequests.HandleAsync(harness.PullRequest(PullRequestAction.Synchronize), None);

        var result = await harness.PullRequests.HandleAsync(old, None);

        Assert.Equal(ConversationOutcome.Ignored, result.Outcome);
    }

    [Fact]
    public async Task Closing_without_merging_ends_the_session_and_publishes_nothing()
    {
        var harness = new ConversationHarness();
        await harness.OpenAsync();

        await harness.PullRequests.HandleAsync(harness.PullRequest(PullRequestAction.Closed, open: false), None);

        Assert.Equal(PlanningSessionState.Closed, harness.Session.State);
        Assert.Empty(harness.Publisher.Requests);
    }

    [Fact]
    public async Task Quality_findings_are_in_the_scoping_comment_not_in_a_comment_of_their_own()
    {
        var harness = new ConversationHarness();

        await harness.OpenAsync();

        Assert.Contains("PRD014", harness.ScopingComment.Body, StringComparison.Ordinal);
        Assert.Equal(DocumentKind.Prd, Assert.Single(harness.Session.QualityFindings).Document);
    }
}
