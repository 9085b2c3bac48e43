using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace PlanBot.Integration.Tests.FakeGitHub;

/// <summary>GET (paged) and POST /repos/{owner}/{repo}/labels; a name already used (any case) is a 422 already_exists.</summary>
public static class LabelEndpoints
{
    public static void Map(IEndpointRouteBuilder routes, FakeGitHubState state)
    {
        routes.MapGet("/repos/{owner}/{repo}/labels", (HttpContext context, string owner, string repo) =>
        {
            lock (state.Gate)
            {
                return state.Repository(owner, repo) is { } repository
                    ? FakeHttp.PageAsync(context, repository.Labels.Select(label => (JsonNode)GitHubShapes.Label(repository, label)).ToList())
                    : FakeHttp.NotFoundAsync(context);
            }
        });

        routes.MapPost("/repos/{owner}/{repo}/labels", async (HttpContext context, string owner, string repo) =>
        {
            var body = await FakeHttp.BodyAsync(context);
            var name = body is null ? null : FakeHttp.String(body, "name");
            await FakeHttp.UnderLockAsync(state, () =>
            {
                if (state.Repository(owner, repo) is not { } repository)
                {
                    return FakeHttp.NotFoundAsync(context);
                }

                if (name is not { Length: > 0 })
                {
                    return FakeHttp.InvalidAsync(context, "Validation Failed", "Label", "name", "missing_field");
                }

                if (repository.Labels.Any(label => string.Equals(label.Name, name, StringComparison.OrdinalIgnoreCase)))
                {
                    return FakeHttp.InvalidAsync(context, "Validation Failed", "Label", "name", "already_exists");
                }

                var label = new FakeLabel(state.NextId(), name, (FakeHttp.String(body!, "color") ?? "ededed").TrimStart('#'), FakeHttp.String(body!, "description"));
                repository.Labels.Add(label);
                return FakeHttp.JsonAsync(context, GitHubShapes.Label(repository, label), StatusCodes.Status201Created);
            });
        });
    }
}
