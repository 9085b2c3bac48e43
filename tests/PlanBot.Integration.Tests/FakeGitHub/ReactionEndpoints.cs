using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace PlanBot.Integration.Tests.FakeGitHub;

/// <summary>POST /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions: 201 for a new reaction, 200 with the existing one.</summary>
public static class ReactionEndpoints
{
    private static readonly string[] Contents = ["+1", "-1", "laugh", "confused", "heart", "hooray", "rocket", "eyes"];

    public static void Map(IEndpointRouteBuilder routes, FakeGitHubState state)
    {
        routes.MapPost("/repos/{owner}/{repo}/issues/comments/{id:long}/reactions", async (HttpContext context, string owner, string repo, long id) =>
        {
            var body = await FakeHttp.BodyAsync(context);
            var content = body is null ? null : FakeHttp.String(body, "content");
            await FakeHttp.UnderLockAsync(state, () =>
            {
                if (state.Repository(owner, repo) is not { } repository || !repository.Comments.ContainsKey(id))
                {
                    return FakeHttp.NotFoundAsync(context);
                }

                if (content is null || !Contents.Contains(content))
                {
                    return FakeHttp.InvalidAsync(context, "Validation Failed", "Reaction", "content", "invalid");
                }

                var login = FakeHttp.Login(context, state);
                var existing = repository.Reactions.FirstOrDefault(reaction => reaction.CommentId == id && reaction.Content == content && reaction.User == login);
                if (existing is not null)
                {
                    return FakeHttp.JsonAsync(context, GitHubShapes.Reaction(existing));
                }

                var created = new FakeReaction(state.NextId(), id, content, login, state.Time.GetUtcNow());
                repository.Reactions.Add(created);
                return FakeHttp.JsonAsync(context, GitHubShapes.Reaction(created), StatusCodes.Status201Created);
            });
        });
    }
}
