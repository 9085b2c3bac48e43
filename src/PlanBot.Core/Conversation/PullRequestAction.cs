namespace PlanBot.Core.Conversation;

/// <summary>The <c>pull_request</c> actions the conversation acts on.</summary>
public enum PullRequestAction
{
    Opened,
    Synchronize,
    Reopened,
    ReadyForReview,
    Closed,
}
