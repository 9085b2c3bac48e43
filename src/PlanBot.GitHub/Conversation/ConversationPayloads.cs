using System.Text.Json;
using PlanBot.Core.Conversation;
using PlanBot.Core.Ports;

namespace PlanBot.GitHub.Conversation;

/// <summary>
/// Turns <c>pull_request</c> and <c>issue_comment</c> payloads into the conversation's records. System.Text.Json on
/// the queued <see cref="JsonElement"/> rather than Octokit.Webhooks' models: a dozen fields are read, and a new
/// enum value or field GitHub adds cannot fail a delivery.
/// </summary>
public static class ConversationPayloads
{
    private static readonly Dictionary<string, PullRequestAction> Actions = new(StringComparer.Ordinal)
    {
        ["opened"] = PullRequestAction.Opened,
        ["synchronize"] = PullRequestAction.Synchronize,
        ["reopened"] = PullRequestAction.Reopened,
        ["ready_for_review"] = PullRequestAction.ReadyForReview,
        ["closed"] = PullRequestAction.Closed,
    };

    public static PullRequestActivity PullRequest(WebhookEvent webhookEvent)
    {
        var payload = webhookEvent.Payload;
        if (webhookEvent.Action is not { } action || !Actions.TryGetValue(action, out var kind))
        {
            throw new InvalidDataException($"pull_request.{webhookEvent.Action} is not an action the conversation handles.");
        }

        var pr = PayloadReader.Required(payload, "pull_request");
        var number = PayloadReader.Int(pr, "number");
        var snapshot = new PullRequestSnapshot(
            number,
            PayloadReader.String(pr, "state") == "open",
            PayloadReader.Flag(pr, "draft"),
            PayloadReader.Flag(pr, "merged"),
            PayloadReader.String(pr, "user.login"),
            PayloadReader.String(pr, "head.sha"),
            PayloadReader.String(pr, "head.ref"),
            // A deleted fork has no head repository: it is certainly not the base repository.
            PayloadReader.OptionalString(pr, "head.repo.full_name") ?? string.Empty,
            PayloadReader.String(pr, "base.ref"),
            PayloadReader.String(payload, "repository.default_branch"));
        return new PullRequestActivity(
            webhookEvent.DeliveryId,
            Key(webhookEvent, number),
            kind,
            snapshot,
            PayloadReader.Time(pr, "updated_at"),
            PayloadReader.String(payload, "repository.html_url"),
            PayloadReader.Actor(payload, "sender"));
    }

    public static CommentActivity Comment(WebhookEvent webhookEvent)
    {
        var payload = webhookEvent.Payload;
        var action = webhookEvent.Action switch
        {
            "created" => CommentAction.Created,
            "edited" => CommentAction.Edited,
            _ => throw new InvalidDataException($"issue_comment.{webhookEvent.Action} is not an action the conversation handles."),
        };
        var issue = PayloadReader.Required(payload, "issue");
        var comment = PayloadReader.Required(payload, "comment");
        return new CommentActivity(
            webhookEvent.DeliveryId,
            Key(webhookEvent, PayloadReader.Int(issue, "number")),
            action,
            issue.TryGetProperty("pull_request", out var pr) && pr.ValueKind == JsonValueKind.Object,
            PayloadReader.Number(comment, "id"),
            PayloadReader.OptionalString(comment, "body") ?? string.Empty,
            PayloadReader.Actor(comment, "user"),
            PayloadReader.Actor(payload, "sender"),
            PayloadReader.Time(comment, "updated_at"),
            PayloadReader.OptionalString(payload, "repository.html_url"));
    }

    /// <summary>Without an installation the delivery did not come to the App (a repository webhook): nothing can be done.</summary>
    private static SessionKey Key(WebhookEvent webhookEvent, int number) =>
        new(
            webhookEvent.InstallationId ?? throw new InvalidDataException("The payload has no `installation.id`."),
            PayloadReader.String(webhookEvent.Payload, "repository.owner.login"),
            PayloadReader.String(webhookEvent.Payload, "repository.name"),
            number);
}
