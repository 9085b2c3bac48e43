using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace PlanBot.Integration.Tests.FakeGitHub;

/// <summary>GET /repos/{owner}/{repo} and GET /repos/{owner}/{repo}/collaborators/{username}/permission.</summary>
public static class RepositoryEndpoints
{
    public static void Map(IEndpointRouteBuilder routes, FakeGitHubState state)
    {
        routes.MapGet("/repos/{owner}/{repo}", (HttpContext context, string owner, string repo) =>
        {
            lock (state.Gate)
            {
                return state.Repository(owner, repo) is { } repository
                    ? FakeHttp.JsonAsync(context, GitHubShapes.FullRepository(repository))
                    : FakeHttp.NotFoundAsync(context);
            }
        });

        routes.MapGet("/repos/{owner}/{repo}/collaborators/{username}/permission", (HttpContext context, string owner, string repo, string username) =>
        {
            lock (state.Gate)
            {
                if (state.Repository(owner, repo) is not { } repository)
                {
                    return FakeHttp.NotFoundAsync(context);
                }

                var role = string.Equals(username, repository.Owner, StringComparison.OrdinalIgnoreCase)
                    ? "admin"
                    : repository.Collaborators.GetValueOrDefault(username);
                return FakeHttp.JsonAsync(context, GitHubShapes.Permission(username, role));
            }
        });
    }
}
