using PlanBot.Core;

namespace PlanBot.GitHub;

/// <summary>
/// Everything the PlanBot GitHub App asks for: the permissions, each with the endpoints that need it, and the
/// webhook events. <c>infra/github-app-manifest.json</c> must say exactly this (a test compares them), so a new
/// GitHub call that needs more starts here. Endpoints of the App itself (<c>POST
/// /app/installations/{installation_id}/access_tokens</c>) are authorised by the App's JWT and need none.
/// </summary>
public static class GitHubAppPermissions
{
    public static ValueList<GitHubAppPermission> Repository { get; } = new GitHubAppPermission[]
    {
        // Reads PRD/TRD at the PR head and the plan, .github/planbot.yml and the plan template on the default
        // branch (a file over 1 MB by its blob sha); commits IMPLEMENTATION_PLAN.md; for a PR from a fork, creates a
        // branch in the base repository.
        new(
            "contents",
            GitHubAccessLevel.Write,
            new[]
            {
                "GET /repos/{owner}/{repo}/contents/{path}",
                "GET /repos/{owner}/{repo}/git/blobs/{file_sha}",
                "PUT /repos/{owner}/{repo}/contents/{path}",
                "POST /repos/{owner}/{repo}/git/refs",
            }),

        // Reads the PR (head, draft, fork) and its changed files; opens the plan PR for a PR from a fork.
        new(
            "pull_requests",
            GitHubAccessLevel.Write,
            new[]
            {
                "GET /repos/{owner}/{repo}/pulls/{pull_number}",
                "GET /repos/{owner}/{repo}/pulls/{pull_number}/files",
                "POST /repos/{owner}/{repo}/pulls",
            }),

        // The scoping and summary comments (on PRs too: PR comments are issue comments), the 👀 reaction to a
        // command, and publishing: week, phase and tracker issues, milestones, labels and sub-issues.
        new(
            "issues",
            GitHubAccessLevel.Write,
            new[]
            {
                "GET /repos/{owner}/{repo}/issues",
                "POST /repos/{owner}/{repo}/issues",
                "GET /repos/{owner}/{repo}/issues/{issue_number}",
                "PATCH /repos/{owner}/{repo}/issues/{issue_number}",
                "GET /repos/{owner}/{repo}/issues/{issue_number}/comments",
                "POST /repos/{owner}/{repo}/issues/{issue_number}/comments",
                "GET /repos/{owner}/{repo}/issues/comments/{comment_id}",
                "PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}",
                "POST /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions",
                "GET /repos/{owner}/{repo}/milestones",
                "POST /repos/{owner}/{repo}/milestones",
                "PATCH /repos/{owner}/{repo}/milestones/{milestone_number}",
                "GET /repos/{owner}/{repo}/labels",
                "POST /repos/{owner}/{repo}/labels",
                "GET /repos/{owner}/{repo}/issues/{issue_number}/sub_issues",
                "POST /repos/{owner}/{repo}/issues/{issue_number}/sub_issues",
            }),

        // The "PlanBot" commit status on the PR head (e.g. "waiting for TRD"). A commit status, not a check run,
        // so the App needs no checks permission.
        new(
            "statuses",
            GitHubAccessLevel.Write,
            new[]
            {
                "POST /repos/{owner}/{repo}/statuses/{sha}",
            }),

        // The default branch, and the collaborator permission that gates the commands that write. GitHub grants
        // metadata read to every App; the manifest states it so the list is complete. No members permission:
        // the collaborator-permission endpoint is covered by metadata.
        new(
            "metadata",
            GitHubAccessLevel.Read,
            new[]
            {
                "GET /repos/{owner}/{repo}",
                "GET /repos/{owner}/{repo}/collaborators/{username}/permission",
            }),
    };

    /// <summary>Events the App subscribes to (the manifest's <c>default_events</c>).</summary>
    public static ValueList<string> SubscribedEvents { get; } = new[]
    {
        // PRD/TRD added or changed, PR merged (publish).
        "pull_request",
        // Answers and commands in the PR thread and on PlanBot's issues; ticked boxes in the scoping comment.
        "issue_comment",
        // Ticked acceptance criteria and closed weeks on the published issues.
        "issues",
    };

    /// <summary>
    /// Events PlanBot handles that GitHub sends to every App without a subscription (a manifest cannot list them):
    /// uninstalling or removing a repository purges its stored sessions.
    /// </summary>
    public static ValueList<string> AlwaysDeliveredEvents { get; } = new[]
    {
        "installation",
        "installation_repositories",
    };

    /// <summary>Every event PlanBot handles.</summary>
    public static ValueList<string> HandledEvents { get; } = SubscribedEvents.Concat(AlwaysDeliveredEvents).ToValueList();
}
