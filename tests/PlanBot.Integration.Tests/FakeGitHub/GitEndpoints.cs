using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace PlanBot.Integration.Tests.FakeGitHub;

/// <summary>GET /repos/{owner}/{repo}/git/blobs/{file_sha} and POST /repos/{owner}/{repo}/git/refs (branches only).</summary>
public static class GitEndpoints
{
    public static void Map(IEndpointRouteBuilder routes, FakeGitHubState state)
    {
        routes.MapGet("/repos/{owner}/{repo}/git/blobs/{sha}", (HttpContext context, string owner, string repo, string sha) =>
        {
            lock (state.Gate)
            {
                return state.Repository(owner, repo) is { } repository && repository.Blobs.TryGetValue(sha, out var content)
                    ? FakeHttp.JsonAsync(context, GitHubShapes.Blob(repository, sha, content))
                    : FakeHttp.NotFoundAsync(context);
            }
        });

        routes.MapPost("/repos/{owner}/{repo}/git/refs", async (HttpContext context, string owner, string repo) =>
        {
            var body = await FakeHttp.BodyAsync(context);
            var gitRef = body is null ? null : FakeHttp.String(body, "ref");
            var sha = body is null ? null : FakeHttp.String(body, "sha");
            await FakeHttp.UnderLockAsync(state, () =>
            {
                if (state.Repository(owner, repo) is not { } repository)
                {
                    return FakeHttp.NotFoundAsync(context);
                }

                if (gitRef is null || sha is null || !gitRef.StartsWith("refs/heads/", StringComparison.Ordinal) || gitRef.Length == "refs/heads/".Length)
                {
                    return FakeHttp.InvalidAsync(context, "Reference name is invalid", "Reference", "ref", "invalid");
                }

                var branch = gitRef["refs/heads/".Length..];
                if (repository.Branches.ContainsKey(branch))
                {
                    return FakeHttp.InvalidAsync(context, "Reference already exists", "Reference", "ref", "already_exists");
                }

                if (!repository.Commits.ContainsKey(sha))
                {
                    return FakeHttp.InvalidAsync(context, "Object does not exist", "Reference", "sha", "missing");
                }

                repository.Branches[branch] = sha;
                return FakeHttp.JsonAsync(context, GitHubShapes.GitRef(repository, gitRef, sha), StatusCodes.Status201Created);
            });
        });
    }
}
