using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace PlanBot.Integration.Tests.FakeGitHub;

/// <summary>Issue (and pull-request) comments: list (since, paging), create, get, update.</summary>
public static class IssueCommentEndpoints
{
    public static void Map(IEndpointRouteBuilder routes, FakeGitHubState state)
    {
        routes.MapGet("/repos/{owner}/{repo}/issues/{number:int}/comments", (HttpContext context, string owner, string repo, int number) =>
        {
            lock (state.Gate)
            {
                if (state.Repository(owner, repo) is not { } repository || !repository.Issues.ContainsKey(number))
                {
                    return FakeHttp.NotFoundAsync(context);
                }

                var since = FakeHttp.Query(context, "since") is { } text ? DateTimeOffset.Parse(text, CultureInfo.InvariantCulture) : (DateTimeOffset?)null;
                var comments = repository.Comments.Values
                    .Where(comment => comment.IssueNumber == number && (since is null || comment.UpdatedAt >= since))
                    .Select(comment => (JsonNode)GitHubShapes.Comment(repository, comment))
                    .ToList();
                return FakeHttp.PageAsync(context, comments);
            }
        });

        routes.MapPost("/repos/{owner}/{repo}/issues/{number:int}/comments", async (HttpContext context, string owner, string repo, int number) =>
        {
            var body = await FakeHttp.BodyAsync(context);
            await FakeHttp.UnderLockAsync(state, () =>
            {
                if (state.Repository(owner, repo) is not { } repository || !repository.Issues.ContainsKey(number))
                {
                    return FakeHttp.NotFoundAsync(context);
                }

                if (body is null || FakeHttp.String(body, "body") is not { Length: > 0 } text)
                {
                    return FakeHttp.InvalidAsync(context, "Validation Failed", "IssueComment", "body", "missing_field");
                }

                var now = state.Time.GetUtcNow();
                var comment = new FakeComment
                {
                    Id = state.NextId(),
                    IssueNumber = number,
                    Author = FakeHttp.Login(context, state),
                    CreatedAt = now,
                    UpdatedAt = now,
                    Body = text,
                };
                repository.Comments[comment.Id] = comment;
                return FakeHttp.JsonAsync(context, GitHubShapes.Comment(repository, comment), StatusCodes.Status201Created);
            });
        });

        routes.MapGet("/repos/{owner}/{repo}/issues/comments/{id:long}", (HttpContext context, string owner, string repo, long id) =>
        {
            lock (state.Gate)
            {
                return state.Repository(owner, repo) is { } repository && repository.Comments.TryGetValue(id, out var comment)
                    ? FakeHttp.JsonAsync(context, GitHubShapes.Comment(repository, comment))
                    : FakeHttp.NotFoundAsync(context);
            }
        });

        routes.MapPatch("/repos/{owner}/{repo}/issues/comments/{id:long}", async (HttpContext context, string owner, string repo, long id) =>
        {
            var body = await FakeHttp.BodyAsync(context);
            await FakeHttp.UnderLockAsync(state, () =>
            {
                if (state.Repository(owner, repo) is not { } repository || !repository.Comments.TryGetValue(id, out var comment))
                {
                    return FakeHttp.NotFoundAsync(context);
                }

                if (body is null || FakeHttp.String(body, "body") is not { Length: > 0 } text)
                {
                    return FakeHttp.InvalidAsync(context, "Validation Failed", "IssueComment", "body", "missing_field");
                }

                comment.Body = text;
                comment.UpdatedAt = state.Time.GetUtcNow();
                return FakeHttp.JsonAsync(context, GitHubShapes.Comment(repository, comment));
            });
        });
    }
}
