using PlanBot.Core.Ports;

namespace PlanBot.Core.Conversation;

/// <summary>
/// A <c>pull_request</c> delivery as the conversation reads it. <see cref="UpdatedAt"/> (the pull request's
/// <c>updated_at</c>) puts deliveries that arrive out of order back in order; <see cref="RepositoryUrl"/> is the web
/// address the links in PlanBot's comments start from (GitHub Enterprise has its own host).
/// </summary>
public sealed record PullRequestActivity(
    string DeliveryId,
    SessionKey Key,
    PullRequestAction Action,
    PullRequestSnapshot PullRequest,
    DateTimeOffset UpdatedAt,
    string RepositoryUrl,
    Actor Sender);
