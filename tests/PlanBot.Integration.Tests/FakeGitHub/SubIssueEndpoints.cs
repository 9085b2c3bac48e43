using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace PlanBot.Integration.Tests.FakeGitHub;

/// <summary>
/// GET and POST /repos/{owner}/{repo}/issues/{issue_number}/sub_issues. <c>sub_issue_id</c> is the sub-issue's database
/// id (not its number); an issue has one parent unless <c>replace_parent</c> is true.
/// </summary>
public static class SubIssueEndpoints
{
    public static void Map(IEndpointRouteBuilder routes, FakeGitHubState state)
    {
        routes.MapGet("/repos/{owner}/{repo}/issues/{number:int}/sub_issues", (HttpContext context, string owner, string repo, int number) =>
        {
            lock (state.Gate)
            {
                if (state.Repository(owner, repo) is not { } repository || !repository.Issues.TryGetValue(number, out var parent))
                {
                    return FakeHttp.NotFoundAsync(context);
                }

                var children = repository.Issues.Values.Where(issue => issue.ParentId == parent.Id)
                    .Select(issue => (JsonNode)GitHubShapes.Issue(repository, issue)).ToList();
                return FakeHttp.PageAsync(context, children);
            }
        });

        routes.MapPost("/repos/{owner}/{repo}/issues/{number:int}/sub_issues", async (HttpContext context, string owner, string repo, int number) =>
        {
            var body = await FakeHttp.BodyAsync(context);
            await FakeHttp.UnderLockAsync(state, () =>
            {
                if (state.Repository(owner, repo) is not { } repository || !repository.Issues.TryGetValue(number, out var parent))
                {
                    return FakeHttp.NotFoundAsync(context);
                }

                if (body?["sub_issue_id"] is not JsonValue idValue || !idValue.TryGetValue<long>(out var subIssueId))
                {
                    return FakeHttp.InvalidAsync(context, "Validation Failed", "Issue", "sub_issue_id", "missing_field");
                }

                var child = repository.Issues.Values.FirstOrDefault(issue => issue.Id == subIssueId);
                if (child is null)
                {
                    return FakeHttp.NotFoundAsync(context);
                }

                var replace = body["replace_parent"] is JsonValue flag && flag.TryGetValue<bool>(out var value) && value;
                if (child == parent || child.ParentId == parent.Id || (child.ParentId is not null && !replace))
                {
                    return FakeHttp.InvalidAsync(
                        context,
                        child.ParentId == parent.Id ? "Issue may not contain duplicate sub-issues" : "Sub-issue may only have one parent",
                        "Issue",
                        "sub_issue_id",
                        "invalid");
                }

                child.ParentId = parent.Id;
                child.UpdatedAt = state.Time.GetUtcNow();
                return FakeHttp.JsonAsync(context, GitHubShapes.Issue(repository, parent), StatusCodes.Status201Created);
            });
        });
    }
}
