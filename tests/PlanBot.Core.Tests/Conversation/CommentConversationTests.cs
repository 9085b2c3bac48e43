using PlanBot.Core.Conversation;
using PlanBot.Core.Conversation.Comments;
using PlanBot.Core.Ports;
using PlanBot.Core.Scoping;
using PlanBot.Core.Scoping.Answers;
using PlanBot.Core.Tests.Scoping;

namespace PlanBot.Core.Tests.Conversation;

public sealed class CommentConversationTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task Answers_in_three_forms_update_the_one_scoping_comment_in_place_and_are_logged()
    {
        var harness = await OpenedAsync();

        await harness.SayAsync("Here you go:\n\n```yaml\nteam.size: 3 backend + 1 QA\n```");
        await harness.SayAsync("> **⬜ `timeline.start_date`** (required) — When does development start?\n\n2027-01-04");
        await harness.SayAsync("/planbot answer timeline.deadline 2027-04-30", sender: "carol");

        Assert.True(harness.GitHub.Comments.Count == 1, string.Join("\n=====\n", harness.GitHub.Comments.Skip(1).Select(c => c.Body)));
        var answers = harness.Session.Answers;
        Assert.Equal(AnswerSource.FillInBlock, answers.Find(QuestionIds.TeamSize)!.Source);
        Assert.Equal(AnswerSource.QuoteReply, answers.Find(QuestionIds.StartDate)!.Source);
        Assert.Equal((AnswerSource.Command, "carol"), (answers.Find(QuestionIds.Deadline)!.Source, answers.Find(QuestionIds.Deadline)!.Author));
        Assert.Contains("**✅ `team.size`**", harness.ScopingComment.Body, StringComparison.Ordinal);
        Assert.Contains("**✅ `timeline.start_date`**", harness.ScopingComment.Body, StringComparison.Ordinal);
        Assert.Equal(3, harness.GitHub.Count("PATCH comment"));
        Assert.Equal(
            [QuestionIds.TeamSize, QuestionIds.StartDate, QuestionIds.Deadline],
            harness.Decisions.Records.Where(r => r.Kind == DecisionKind.Answer).Select(r => r.Subject).ToArray());
    }

    [Fact]
    public async Task Ticking_boxes_in_the_bots_own_comment_answers_the_question_for_whoever_ticked_them()
    {
        var harness = await OpenedAsync();
        var scoping = harness.ScopingComment;
        harness.GitHub.EditComment(scoping.Id, body => body.Replace("- [ ] FR-003", "- [x] FR-003", StringComparison.Ordinal));

        var result = await harness.Comments.HandleAsync(
            harness.Comment(harness.ScopingComment.Body, sender: "alice", action: CommentAction.Edited, commentId: scoping.Id, author: FakeGitHubLogin, authorIsBot: true),
            None);

        Assert.Equal(ConversationOutcome.Applied, result.Outcome);
        var mvp = harness.Session.Answers.Find(QuestionIds.MvpScope)!;
        Assert.Equal((AnswerSource.Checkbox, "alice"), (mvp.Source, mvp.Author));
        Assert.Equal(["FR-001", "FR-002", "FR-003"], ((ListValue)mvp.Value).Items.ToArray());
        Assert.Contains("<!-- planbot:choices:scope.mvp:FR-001,FR-002,FR-003 -->", harness.ScopingComment.Body, StringComparison.Ordinal);
        Assert.Single(harness.GitHub.Comments);
    }

    [Fact]
    public async Task The_bots_own_comments_and_other_bots_are_ignored_without_a_request()
    {
        var harness = await OpenedAsync();
        var calls = harness.GitHub.Calls.Count;

        var own = await harness.Comments.HandleAsync(harness.Comment("/planbot generate", sender: FakeGitHubLogin, senderIsBot: true, authorIsBot: true), None);
        var reply = await harness.Comments.HandleAsync(harness.Comment($"{CommentMarkers.Reply}\n@alice\n\n/planbot generate", sender: "alice", author: "token-user"), None);
        var other = await harness.Comments.HandleAsync(harness.Comment("/planbot publish\nteam.size: 9", sender: "renovate[bot]", senderIsBot: true, authorIsBot: true), None);
        var edited = await harness.Comments.HandleAsync(
            harness.Comment("team.size: 9", sender: "alice", action: CommentAction.Edited, commentId: 4242, author: "ci-bot[bot]", authorIsBot: true), None);

        Assert.All([own, reply, other, edited], r => Assert.Equal(ConversationOutcome.Ignored, r.Outcome));
        Assert.Equal(calls, harness.GitHub.Calls.Count);
        Assert.Empty(harness.Session.Answers.Answers);
    }

    [Fact]
    public async Task A_stranger_running_generate_gets_a_polite_refusal_and_nothing_is_committed()
    {
        var harness = await OpenedAsync();

        var comment = harness.Comment("/planbot generate", sender: "bob");

        await harness.Comments.HandleAsync(comment, None);

        Assert.Contains("GET permission bob", harness.GitHub.Calls);
        Assert.Empty(harness.GitHub.CommitLog);
        GoldenFile.AssertMatches("refusal.md", harness.GitHub.Comments[^1].Body);
        Assert.Equal((comment.CommentId, "eyes"), Assert.Single(harness.GitHub.Reactions));
        Assert.Null(harness.Session.PlanRequest);
    }

    [Fact]
    public async Task Help_is_one_reply_and_the_command_gets_eyes()
    {
        var harness = await OpenedAsync();
        var comment = harness.Comment("What can you do?\n/planbot help", sender: "bob");

        await harness.Comments.HandleAsync(comment, None);

        GoldenFile.AssertMatches("help.md", harness.GitHub.Comments[^1].Body);
        Assert.Equal((comment.CommentId, CommentConversation.QueuedReaction), Assert.Single(harness.GitHub.Reactions));
        Assert.DoesNotContain(harness.GitHub.Calls, c => c.StartsWith("GET permission", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_reply_GitHub_posted_without_the_answer_reaching_planbot_is_not_posted_again()
    {
        var harness = await OpenedAsync();
        var comment = harness.Comment("/planbot help", sender: "bob");
        harness.GitHub.FailNextAfterActing("POST comment", new HttpRequestException("502 Bad Gateway"));

        await Assert.ThrowsAsync<HttpRequestException>(() => harness.Comments.HandleAsync(comment, None));
        await harness.Comments.HandleAsync(comment, None);

        Assert.Single(harness.GitHub.Comments, c => c.Body.StartsWith(CommentMarkers.Reply, StringComparison.Ordinal));
        Assert.Empty(harness.Session.Outbox);
        Assert.Equal(1, harness.GitHub.Count("GET comments"));

        // A reply whose first try failed before GitHub acted is posted by the retry.
        var status = harness.Comment("/planbot status", sender: "bob");
        harness.GitHub.FailNext("POST comment", new HttpRequestException("502 Bad Gateway"));
        await Assert.ThrowsAsync<HttpRequestException>(() => harness.Comments.HandleAsync(status, None));
        await harness.Comments.HandleAsync(status, None);
        Assert.Equal(2, harness.GitHub.Comments.Count(c => c.Body.StartsWith(CommentMarkers.Reply, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task An_unknown_command_gets_did_you_mean_and_no_eyes()
    {
        var harness = await OpenedAsync();

        await harness.SayAsync("/planbot generat");

        Assert.Contains("Did you mean `/planbot generate`?", harness.GitHub.Comments[^1].Body, StringComparison.Ordinal);
        Assert.Empty(harness.GitHub.Reactions);
    }

    [Fact]
    public async Task An_unclear_answer_gets_one_follow_up_and_needs_clarification_in_the_scoping_comment()
    {
        var harness = await OpenedAsync();

        await harness.SayAsync("team.size: a handful of people\ntimeline.start_date: 2027-01-04");

        var followUp = harness.GitHub.Comments[^1];
        Assert.StartsWith(CommentMarkers.Reply + "\n@alice", followUp.Body, StringComparison.Ordinal);
        Assert.Contains("`team.size`", followUp.Body, StringComparison.Ordinal);
        Assert.Contains("**⚠️ `team.size`**", harness.ScopingComment.Body, StringComparison.Ordinal);
        Assert.Contains("**✅ `timeline.start_date`**", harness.ScopingComment.Body, StringComparison.Ordinal);

        await harness.SayAsync("team.size: 4");

        Assert.Equal(2, harness.GitHub.Comments.Count);
        Assert.Empty(harness.Session.AnswerFindings);
        Assert.Contains("**✅ `team.size`**", harness.ScopingComment.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_comment_without_answers_or_commands_costs_nothing()
    {
        var harness = await OpenedAsync();
        var calls = harness.GitHub.Calls.Count;
        var saves = harness.Sessions.Saves;

        var result = await harness.SayAsync("LGTM, but the naming in section 3 is odd.");

        Assert.Equal(ConversationOutcome.Ignored, result.Outcome);
        Assert.Equal((calls, saves), (harness.GitHub.Calls.Count, harness.Sessions.Saves));
    }

    [Fact]
    public async Task A_comment_on_a_pull_request_without_documents_or_commands_is_ignored_without_a_session()
    {
        var harness = new ConversationHarness();

        var result = await harness.SayAsync("team.size: 4");

        Assert.Equal(ConversationOutcome.Ignored, result.Outcome);
        Assert.Empty(harness.GitHub.Calls);
        Assert.Null(harness.Sessions[ConversationHarness.Key]);
    }

    [Fact]
    public async Task Two_answer_comments_processed_at_the_same_moment_both_count()
    {
        var harness = await OpenedAsync();
        var first = harness.Comment("team.size: 4", sender: "alice");
        var second = harness.Comment("timeline.start_date: 2027-01-04", sender: "carol");
        harness.Sessions.BeforeNextSave = () => harness.Comments.HandleAsync(second, None);

        await harness.Comments.HandleAsync(first, None);

        Assert.True(harness.Sessions.Conflicts > 0);
        Assert.NotNull(harness.Session.Answers.Find(QuestionIds.TeamSize));
        Assert.NotNull(harness.Session.Answers.Find(QuestionIds.StartDate));
        Assert.Contains("**✅ `team.size`**", harness.ScopingComment.Body, StringComparison.Ordinal);
        Assert.Contains("**✅ `timeline.start_date`**", harness.ScopingComment.Body, StringComparison.Ordinal);
        Assert.Single(harness.GitHub.Comments);
        Assert.Equal(2, harness.Decisions.Records.Count);
    }

    [Fact]
    public async Task A_redelivered_comment_gives_no_second_reply_or_log_entry()
    {
        var harness = await OpenedAsync();
        var comment = harness.Comment("team.size: lots\n/planbot status");
        await harness.Comments.HandleAsync(comment, None);
        var (comments, decisions, reactions, calls) = (harness.GitHub.Comments.Count, harness.Decisions.Records.Count, harness.GitHub.Reactions.Count, harness.GitHub.Calls.Count);

        var again = await harness.Comments.HandleAsync(comment, None);

        Assert.Equal(ConversationOutcome.AlreadyApplied, again.Outcome);
        Assert.Equal((comments, decisions, reactions, calls), (harness.GitHub.Comments.Count, harness.Decisions.Records.Count, harness.GitHub.Reactions.Count, harness.GitHub.Calls.Count));
    }

    [Fact]
    public async Task A_reply_that_failed_to_post_is_posted_once_by_the_retry()
    {
        var harness = await OpenedAsync();
        var comment = harness.Comment("/planbot status");
        harness.GitHub.FailNext("POST comment", new HttpRequestException("500"));

        await Assert.ThrowsAsync<HttpRequestException>(() => harness.Comments.HandleAsync(comment, None));
        await harness.Comments.HandleAsync(comment, None);

        Assert.Single(harness.GitHub.Comments, c => c.Body.StartsWith(CommentMarkers.Reply, StringComparison.Ordinal));
        Assert.Empty(harness.Session.Outbox);
    }

    [Fact]
    public async Task Editing_a_comment_rereads_its_answers_but_does_not_run_its_commands_again()
    {
        var harness = await OpenedAsync();
        var created = harness.Comment("team.size: 4\n/planbot help");
        await harness.Comments.HandleAsync(created, None);
        var comments = harness.GitHub.Comments.Count;

        await harness.Comments.HandleAsync(harness.Comment("team.size: 5\n/planbot help", action: CommentAction.Edited, commentId: created.CommentId), None);

        Assert.Equal(comments, harness.GitHub.Comments.Count);
        Assert.Equal("5", harness.Session.Answers.Find(QuestionIds.TeamSize)!.Raw);
        Assert.Single(harness.GitHub.Reactions);
    }

    [Fact]
    public async Task Status_says_what_is_open()
    {
        var harness = await OpenedAsync();

        await harness.SayAsync("team.size: 4\n/planbot status", sender: "bob");

        var reply = harness.GitHub.Comments[^1].Body;
        Assert.Contains("**Status:** 1 of 24 questions answered; required and still open: `timeline.start_date`, `scope.mvp`.", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Skip_takes_the_default_and_logs_it_as_an_assumption()
    {
        var harness = await OpenedAsync();

        await harness.SayAsync("/planbot skip team.experience", sender: "bob");

        Assert.Equal(AnswerSource.Default, harness.Session.Answers.Find(QuestionIds.TeamExperience)!.Source);
        Assert.Equal(DecisionKind.Assumption, Assert.Single(harness.Decisions.Records).Kind);
    }

    [Fact]
    public async Task Reset_by_a_maintainer_forgets_the_answers()
    {
        var harness = await OpenedAsync();
        await harness.SayAsync("team.size: 4");

        await harness.SayAsync("/planbot reset", sender: "carol");

        Assert.Empty(harness.Session.Answers.Answers);
        Assert.Contains("**⬜ `team.size`**", harness.ScopingComment.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Publish_by_a_maintainer_is_scheduled_once()
    {
        var harness = await OpenedAsync();

        await harness.SayAsync("/planbot publish", sender: "carol");

        var request = Assert.Single(harness.Publisher.Requests);
        Assert.Equal(("acme/payments", "carol", "/planbot publish in #5"), (request.Repository.FullName, request.RequestedBy, request.Reason));
    }

    [Fact]
    public async Task Answers_before_the_documents_are_complete_get_a_note_instead_of_being_lost_silently()
    {
        var harness = new ConversationHarness(withTrd: false);
        await harness.OpenAsync();

        await harness.SayAsync("/planbot answer team.size 4");

        Assert.Contains("There are no questions to answer yet", harness.GitHub.Comments[^1].Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task On_an_issue_publish_and_help_work_and_everything_else_is_ignored()
    {
        var harness = new ConversationHarness();

        var chatter = await harness.Comments.HandleAsync(harness.Comment("team.size: 4\n/planbot generate", sender: "carol", onPullRequest: false), None);
        var publish = await harness.Comments.HandleAsync(harness.Comment("Plan changed on main.\n/planbot publish", sender: "carol", onPullRequest: false), None);

        Assert.Equal(ConversationOutcome.Ignored, chatter.Outcome);
        Assert.Equal(ConversationOutcome.Applied, publish.Outcome);
        Assert.Equal("carol", Assert.Single(harness.Publisher.Requests).RequestedBy);
        Assert.Equal(["GET permission carol", $"POST reaction {harness.GitHub.Reactions[0].CommentId}"], harness.GitHub.Calls.Order().ToArray());
    }

    private const string FakeGitHubLogin = Fakes.FakeGitHub.BotLogin;

    private static async Task<ConversationHarness> OpenedAsync()
    {
        var harness = new ConversationHarness();
        await harness.OpenAsync();
        harness.Clock.Advance(TimeSpan.FromMinutes(1));
        return harness;
    }
}
