using System.Text.RegularExpressions;

namespace PlanBot.Integration.Tests.FakeGitHub;

/// <summary>Maps a request the fake answered to its operation in GitHub's description ("METHOD /path/{template}").</summary>
public static partial class GitHubEndpointTemplates
{
    private static readonly (string Method, Regex Path, string Template)[] Templates =
    [
        ("POST", AccessTokens(), "/app/installations/{installation_id}/access_tokens"),
        ("GET", Repository(), "/repos/{owner}/{repo}"),
        ("GET", Contents(), "/repos/{owner}/{repo}/contents/{path}"),
        ("PUT", Contents(), "/repos/{owner}/{repo}/contents/{path}"),
        ("GET", Blob(), "/repos/{owner}/{repo}/git/blobs/{file_sha}"),
        ("POST", Refs(), "/repos/{owner}/{repo}/git/refs"),
        ("GET", Pull(), "/repos/{owner}/{repo}/pulls/{pull_number}"),
        ("POST", Pulls(), "/repos/{owner}/{repo}/pulls"),
        ("GET", Issues(), "/repos/{owner}/{repo}/issues"),
        ("POST", Issues(), "/repos/{owner}/{repo}/issues"),
        ("GET", Issue(), "/repos/{owner}/{repo}/issues/{issue_number}"),
        ("PATCH", Issue(), "/repos/{owner}/{repo}/issues/{issue_number}"),
        ("GET", IssueComments(), "/repos/{owner}/{repo}/issues/{issue_number}/comments"),
        ("POST", IssueComments(), "/repos/{owner}/{repo}/issues/{issue_number}/comments"),
        ("GET", Comment(), "/repos/{owner}/{repo}/issues/comments/{comment_id}"),
        ("PATCH", Comment(), "/repos/{owner}/{repo}/issues/comments/{comment_id}"),
        ("POST", Reactions(), "/repos/{owner}/{repo}/issues/comments/{comment_id}/reactions"),
        ("POST", Statuses(), "/repos/{owner}/{repo}/statuses/{sha}"),
        ("GET", Permission(), "/repos/{owner}/{repo}/collaborators/{username}/permission"),
        ("GET", Labels(), "/repos/{owner}/{repo}/labels"),
        ("POST", Labels(), "/repos/{owner}/{repo}/labels"),
        ("GET", Milestones(), "/repos/{owner}/{repo}/milestones"),
        ("POST", Milestones(), "/repos/{owner}/{repo}/milestones"),
        ("PATCH", Milestone(), "/repos/{owner}/{repo}/milestones/{milestone_number}"),
        ("GET", SubIssues(), "/repos/{owner}/{repo}/issues/{issue_number}/sub_issues"),
        ("POST", SubIssues(), "/repos/{owner}/{repo}/issues/{issue_number}/sub_issues"),
    ];

    /// <summary>Every endpoint the fake serves, as "METHOD /template": a call PlanBot makes to any other fails its tests.</summary>
    public static IEnumerable<string> All => Templates.Select(t => $"{t.Method} {t.Template}");

    /// <summary>"METHOD /template", or null for a request to none of the endpoints the fake serves.</summary>
    public static string? Of(string method, string path) =>
        Templates.Where(t => t.Method == method && t.Path.IsMatch(path)).Select(t => $"{method} {t.Template}").FirstOrDefault();

    /// <summary>What is wrong with the recorded request and answer, by GitHub's description (answers cut short are skipped).</summary>
    public static IEnumerable<string> Violations(FakeRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (Of(request.Method, request.Path) is not { } endpoint || request.Status == 0)
        {
            return [];
        }

        var requestViolations = request.Method is "POST" or "PUT" or "PATCH" && request.RequestBody.Length > 0
            ? OpenApiShapes.RequestViolations(endpoint, request.RequestBody)
            : [];
        var answerViolations = request.ResponseBody.Length > 0 && request.ResponseBytes < RecordingStream.KeptBytes
            ? OpenApiShapes.ResponseViolations(endpoint, request.Status, request.ResponseBody)
            : [];
        return requestViolations.Concat(OpenApiShapes.QueryViolations(endpoint, request.Query))
            .Select(v => $"{request}: request {v}")
            .Concat(answerViolations.Select(v => $"{request}: answer {v}"));
    }

    [GeneratedRegex("^/app/installations/[0-9]+/access_tokens$")]
    private static partial Regex AccessTokens();

    [GeneratedRegex("^/repos/[^/]+/[^/]+$")]
    private static partial Regex Repository();

    [GeneratedRegex("^/repos/[^/]+/[^/]+/contents/.+$")]
    private static partial Regex Contents();

    [GeneratedRegex("^/repos/[^/]+/[^/]+/git/blobs/[^/]+$")]
    private static partial Regex Blob();

    [GeneratedRegex("^/repos/[^/]+/[^/]+/git/refs$")]
    private static partial Regex Refs();

    [GeneratedRegex("^/repos/[^/]+/[^/]+/pulls/[0-9]+$")]
    private static partial Regex Pull();

    [GeneratedRegex("^/repos/[^/]+/[^/]+/pulls$")]
    private static partial Regex Pulls();

    [GeneratedRegex("^/repos/[^/]+/[^/]+/issues$")]
    private static partial Regex Issues();

    [GeneratedRegex("^/repos/[^/]+/[^/]+/issues/[0-9]+$")]
    private static partial Regex Issue();

    [GeneratedRegex("^/repos/[^/]+/[^/]+/issues/[0-9]+/comments$")]
    private static partial Regex IssueComments();

    [GeneratedRegex("^/repos/[^/]+/[^/]+/issues/comments/[0-9]+$")]
    private static partial Regex Comment();

    [GeneratedRegex("^/repos/[^/]+/[^/]+/issues/comments/[0-9]+/reactions$")]
    private static partial Regex Reactions();

    [GeneratedRegex("^/repos/[^/]+/[^/]+/statuses/[^/]+$")]
    private static partial Regex Statuses();

    [GeneratedRegex("^/repos/[^/]+/[^/]+/collaborators/[^/]+/permission$")]
    private static partial Regex Permission();

    [GeneratedRegex("^/repos/[^/]+/[^/]+/labels$")]
    private static partial Regex Labels();

    [GeneratedRegex("^/repos/[^/]+/[^/]+/milestones$")]
    private static partial Regex Milestones();

    [GeneratedRegex("^/repos/[^/]+/[^/]+/milestones/[0-9]+$")]
    private static partial Regex Milestone();

    [GeneratedRegex("^/repos/[^/]+/[^/]+/issues/[0-9]+/sub_issues$")]
    private static partial Regex SubIssues();
}
