using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace PlanBot.Integration.Tests.FakeGitHub;

/// <summary>POST /repos/{owner}/{repo}/statuses/{sha}.</summary>
public static class StatusEndpoints
{
    public static void Map(IEndpointRouteBuilder routes, FakeGitHubState state)
    {
        routes.MapPost("/repos/{owner}/{repo}/statuses/{sha}", async (HttpContext context, string owner, string repo, string sha) =>
        {
            var body = await FakeHttp.BodyAsync(context);
            var statusState = body is null ? null : FakeHttp.String(body, "state");
            await FakeHttp.UnderLockAsync(state, () =>
            {
                if (state.Repository(owner, repo) is not { } repository)
                {
                    return FakeHttp.NotFoundAsync(context);
                }

                if (statusState is not ("error" or "failure" or "pending" or "success"))
                {
                    return FakeHttp.InvalidAsync(context, "Validation Failed", "Status", "state", "invalid");
                }

                if (!repository.Commits.ContainsKey(sha))
                {
                    return FakeHttp.InvalidAsync(context, $"No commit found for SHA: {sha}", "Status", "sha", "invalid");
                }

                var status = new FakeStatus(
                    state.NextId(), sha, statusState, FakeHttp.String(body!, "context"), FakeHttp.String(body!, "description"),
                    FakeHttp.String(body!, "target_url"), FakeHttp.Login(context, state), state.Time.GetUtcNow());
                repository.Statuses.Add(status);
                return FakeHttp.JsonAsync(context, GitHubShapes.Status(repository, status), StatusCodes.Status201Created);
            });
        });
    }
}
