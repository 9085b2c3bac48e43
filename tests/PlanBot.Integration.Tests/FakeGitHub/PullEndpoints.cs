using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace PlanBot.Integration.Tests.FakeGitHub;

/// <summary>GET /repos/{owner}/{repo}/pulls/{pull_number} and POST /repos/{owner}/{repo}/pulls.</summary>
public static class PullEndpoints
{
    public static void Map(IEndpointRouteBuilder routes, FakeGitHubState state)
    {
        routes.MapGet("/repos/{owner}/{repo}/pulls/{number:int}", (HttpContext context, string owner, string repo, int number) =>
        {
            lock (state.Gate)
            {
                return state.Repository(owner, repo) is { } repository && repository.Issues.TryGetValue(number, out var issue) && issue.Pull is { } pull
                    ? FakeHttp.JsonAsync(context, GitHubShapes.Pull(repository, issue, HeadRepository(state, repository, pull)))
                    : FakeHttp.NotFoundAsync(context);
            }
        });

        routes.MapPost("/repos/{owner}/{repo}/pulls", async (HttpContext context, string owner, string repo) =>
        {
            var body = await FakeHttp.BodyAsync(context);
            var title = body is null ? null : FakeHttp.String(body, "title");
            var head = body is null ? null : FakeHttp.String(body, "head");
            var baseRef = body is null ? null : FakeHttp.String(body, "base");
            await FakeHttp.UnderLockAsync(state, () =>
            {
                if (state.Repository(owner, repo) is not { } repository)
                {
                    return FakeHttp.NotFoundAsync(context);
                }

                if (title is null || head is null || baseRef is null)
                {
                    return FakeHttp.InvalidAsync(context, "Validation Failed", "PullRequest", title is null ? "title" : head is null ? "head" : "base", "missing_field");
                }

                var (headOwner, headRef) = head.Contains(':', StringComparison.Ordinal) ? (head.Split(':')[0], head.Split(':')[1]) : (repository.Owner, head);
                var headRepository = string.Equals(headOwner, repository.Owner, StringComparison.OrdinalIgnoreCase)
                    ? repository
                    : state.Repository(headOwner, repository.Name);
                if (!repository.Branches.ContainsKey(baseRef) || headRepository?.Branches.ContainsKey(headRef) != true)
                {
                    return FakeHttp.InvalidAsync(context, "Validation Failed", "PullRequest", repository.Branches.ContainsKey(baseRef) ? "head" : "base", "invalid");
                }

                if (headRepository == repository && headRef == baseRef)
                {
                    return FakeHttp.InvalidAsync(context, $"No commits between {baseRef} and {headRef}", "PullRequest", "head", "custom");
                }

                if (repository.Issues.Values.Any(issue => issue.State == "open" && issue.Pull is { } open && open.HeadRef == headRef && open.BaseRef == baseRef
                    && string.Equals(open.HeadRepository, headRepository.FullName, StringComparison.OrdinalIgnoreCase)))
                {
                    return FakeHttp.InvalidAsync(context, $"A pull request already exists for {headOwner}:{headRef}.", "PullRequest", "head", "custom");
                }

                var created = repository.AddIssue(FakeHttp.Login(context, state), title, FakeHttp.String(body!, "body"), new FakePull
                {
                    HeadRef = headRef,
                    HeadRepository = headRepository.FullName,
                    BaseRef = baseRef,
                    ForkHeadSha = headRepository == repository ? null : headRepository.Branches[headRef],
                    Draft = body!["draft"]?.GetValue<bool>() == true,
                });
                return FakeHttp.JsonAsync(context, GitHubShapes.Pull(repository, created, headRepository), StatusCodes.Status201Created);
            });
        });
    }

    private static FakeRepository? HeadRepository(FakeGitHubState state, FakeRepository repository, FakePull pull)
    {
        var parts = pull.HeadRepository.Split('/');
        return string.Equals(pull.HeadRepository, repository.FullName, StringComparison.OrdinalIgnoreCase) ? repository : state.Repository(parts[0], parts[1]);
    }
}
