using System.Text.Json;
using System.Text.Json.Nodes;
using PlanBot.Core.Conversation;
using PlanBot.Core.Ports;
using PlanBot.GitHub.Conversation;
using PlanBot.Integration.Tests.Infrastructure;

namespace PlanBot.Integration.Tests.Conversation;

/// <summary>GitHub's published webhook examples read into the conversation's records.</summary>
public sealed class ConversationPayloadsTests
{
    [Fact]
    public void Pull_request_opened_gives_the_head_the_base_the_default_branch_and_the_sender()
    {
        var activity = ConversationPayloads.PullRequest(Event("pull_request", "opened", WebhookExamples.Get("pull_request", "opened")));

        Assert.Equal(new SessionKey(1, "Codertocat", "Hello-World", 2), activity.Key);
        Assert.Equal(PullRequestAction.Opened, activity.Action);
        Assert.Equal(
            new PullRequestSnapshot(2, true, false, false, "Codertocat", "ec26c3e57ca3a959ca5aad62de7213c562f8c821", "changes", "Codertocat/Hello-World", "master", "master"),
            activity.PullRequest);
        Assert.Equal(new Actor("Codertocat", false), activity.Sender);
        Assert.Equal("https://github.com/Codertocat/Hello-World", activity.RepositoryUrl);
    }

    [Theory]
    [InlineData("synchronize", PullRequestAction.Synchronize)]
    [InlineData("reopened", PullRequestAction.Reopened)]
    [InlineData("ready_for_review", PullRequestAction.ReadyForReview)]
    [InlineData("closed", PullRequestAction.Closed)]
    public void Every_pull_request_action_the_conversation_handles_reads(string action, PullRequestAction expected) =>
        Assert.Equal(expected, ConversationPayloads.PullRequest(Event("pull_request", action, WithInstallation(WebhookExamples.Get("pull_request", action)))).Action);

    [Fact]
    public void A_comment_on_a_pull_request_is_told_apart_from_one_on_an_issue()
    {
        var onIssue = ConversationPayloads.Comment(Event("issue_comment", "created", WebhookExamples.Get("issue_comment", "created")));
        var onPullRequest = ConversationPayloads.Comment(Event("issue_comment", "created", Edit(WebhookExamples.Get("issue_comment", "created"), p =>
            p["issue"]!["pull_request"] = new JsonObject { ["url"] = "https://api.github.com/repos/Codertocat/Hello-World/pulls/1" })));

        Assert.False(onIssue.OnPullRequest);
        Assert.True(onPullRequest.OnPullRequest);
        Assert.Equal((492700400L, "You are totally right! I'll get this fixed right away.", 1), (onPullRequest.CommentId, onPullRequest.Body, onPullRequest.Key.PullRequest));
        Assert.Equal(DateTimeOffset.Parse("2019-05-15T15:20:21Z", System.Globalization.CultureInfo.InvariantCulture), onPullRequest.At);
        Assert.Equal("https://github.com/Codertocat/Hello-World", onPullRequest.RepositoryUrl);
    }

    [Fact]
    public void A_bot_sender_and_a_bot_author_are_recognised()
    {
        var comment = ConversationPayloads.Comment(Event("issue_comment", "edited", Edit(WithInstallation(WebhookExamples.Get("issue_comment", "edited")), p =>
        {
            p["comment"]!["user"]!["type"] = "Bot";
            p["comment"]!["user"]!["login"] = "planbot[bot]";
        })));

        Assert.Equal(new Actor("planbot[bot]", true), comment.Author);
        Assert.False(comment.Sender.IsBot);
        Assert.Equal(CommentAction.Edited, comment.Action);
    }

    [Fact]
    public void A_deleted_fork_has_no_head_repository_and_counts_as_a_fork()
    {
        var activity = ConversationPayloads.PullRequest(Event("pull_request", "opened", Edit(WebhookExamples.Get("pull_request", "opened"), p => p["pull_request"]!["head"]!["repo"] = null)));

        Assert.Equal(string.Empty, activity.PullRequest.HeadRepository);
    }

    [Theory]
    [InlineData("pull_request.head")]
    [InlineData("pull_request.number")]
    [InlineData("repository")]
    [InlineData("sender")]
    public void A_payload_missing_a_field_is_refused_with_its_name(string field)
    {
        var body = Edit(WebhookExamples.Get("pull_request", "opened"), p =>
        {
            var parts = field.Split('.');
            var parent = parts.Length == 1 ? p : p[parts[0]]!.AsObject();
            parent.Remove(parts[^1]);
        });

        var error = Assert.Throws<InvalidDataException>(() => ConversationPayloads.PullRequest(Event("pull_request", "opened", body)));
        Assert.Contains(field.Split('.')[^1], error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_delivery_without_an_installation_is_refused() =>
        Assert.Throws<InvalidDataException>(() => ConversationPayloads.PullRequest(Event("pull_request", "opened", WebhookExamples.Get("pull_request", "opened")) with { InstallationId = null }));

    private static WebhookEvent Event(string name, string action, byte[] body)
    {
        var payload = JsonDocument.Parse(body).RootElement;
        long? installation = payload.TryGetProperty("installation", out var i) ? i.GetProperty("id").GetInt64() : 1;
        return new WebhookEvent("delivery", name, action, installation, null, payload);
    }

    private static byte[] WithInstallation(byte[] body) => Edit(body, p => p["installation"] ??= new JsonObject { ["id"] = 1 });

    private static byte[] Edit(byte[] body, Action<JsonObject> edit)
    {
        var node = JsonNode.Parse(body)!.AsObject();
        edit(node);
        return JsonSerializer.SerializeToUtf8Bytes(node);
    }
}
