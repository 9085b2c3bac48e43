using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace PlanBot.Integration.Tests.FakeGitHub;

/// <summary>
/// Milestones: list (state, sort due_on/completeness, direction, paging), create (a title already used is a 422
/// already_exists) and update. Like GitHub, only the date of <c>due_on</c> is kept, and it is answered at 07:00 UTC, so
/// clients must compare due dates by date.
/// </summary>
public static class MilestoneEndpoints
{
    public static void Map(IEndpointRouteBuilder routes, FakeGitHubState state)
    {
        routes.MapGet("/repos/{owner}/{repo}/milestones", (HttpContext context, string owner, string repo) =>
        {
            lock (state.Gate)
            {
                if (state.Repository(owner, repo) is not { } repository)
                {
                    return FakeHttp.NotFoundAsync(context);
                }

                var wanted = FakeHttp.Query(context, "state") ?? "open";
                var milestones = repository.Milestones.Values.Where(milestone => wanted == "all" || milestone.State == wanted);
                var descending = FakeHttp.Query(context, "direction") == "desc";
                var sorted = FakeHttp.Query(context, "sort") == "completeness"
                    ? milestones.OrderBy(milestone => Completeness(repository, milestone))
                    : milestones.OrderBy(milestone => milestone.DueOn ?? DateTimeOffset.MaxValue);
                var ordered = (descending ? sorted.Reverse() : sorted).Select(milestone => (JsonNode)GitHubShapes.Milestone(repository, milestone)).ToList();
                return FakeHttp.PageAsync(context, ordered);
            }
        });

        routes.MapPost("/repos/{owner}/{repo}/milestones", async (HttpContext context, string owner, string repo) =>
        {
            var body = await FakeHttp.BodyAsync(context) ?? [];
            await FakeHttp.UnderLockAsync(state, () =>
            {
                if (state.Repository(owner, repo) is not { } repository)
                {
                    return FakeHttp.NotFoundAsync(context);
                }

                if (FakeHttp.String(body, "title") is not { Length: > 0 } title)
                {
                    return FakeHttp.InvalidAsync(context, "Validation Failed", "Milestone", "title", "missing_field");
                }

                if (repository.Milestones.Values.Any(milestone => milestone.Title == title))
                {
                    return FakeHttp.InvalidAsync(context, "Validation Failed", "Milestone", "title", "already_exists");
                }

                var now = state.Time.GetUtcNow();
                var milestone = new FakeMilestone
                {
                    Id = state.NextId(),
                    Number = repository.Milestones.Count == 0 ? 1 : repository.Milestones.Keys.Max() + 1,
                    Author = FakeHttp.Login(context, state),
                    CreatedAt = now,
                    Title = title,
                };
                if (Apply(milestone, body, now) is { } problem)
                {
                    return FakeHttp.InvalidAsync(context, "Validation Failed", "Milestone", problem, "invalid");
                }

                repository.Milestones[milestone.Number] = milestone;
                return FakeHttp.JsonAsync(context, GitHubShapes.Milestone(repository, milestone), StatusCodes.Status201Created);
            });
        });

        routes.MapPatch("/repos/{owner}/{repo}/milestones/{number:int}", async (HttpContext context, string owner, string repo, int number) =>
        {
            var body = await FakeHttp.BodyAsync(context) ?? [];
            await FakeHttp.UnderLockAsync(state, () =>
            {
                if (state.Repository(owner, repo) is not { } repository || !repository.Milestones.TryGetValue(number, out var milestone))
                {
                    return FakeHttp.NotFoundAsync(context);
                }

                if (FakeHttp.String(body, "title") is { } title && repository.Milestones.Values.Any(other => other != milestone && other.Title == title))
                {
                    return FakeHttp.InvalidAsync(context, "Validation Failed", "Milestone", "title", "already_exists");
                }

                return Apply(milestone, body, state.Time.GetUtcNow()) is { } problem
                    ? FakeHttp.InvalidAsync(context, "Validation Failed", "Milestone", problem, "invalid")
                    : FakeHttp.JsonAsync(context, GitHubShapes.Milestone(repository, milestone));
            });
        });
    }

    /// <summary>Applies the fields present; returns the name of an invalid field, or null.</summary>
    private static string? Apply(FakeMilestone milestone, JsonObject body, DateTimeOffset now)
    {
        if (FakeHttp.String(body, "state") is { } newState)
        {
            if (newState is not ("open" or "closed"))
            {
                return "state";
            }

            milestone.ClosedAt = newState == "closed" ? milestone.ClosedAt ?? now : null;
            milestone.State = newState;
        }

        if (body.ContainsKey("due_on"))
        {
            var dueOn = FakeHttp.String(body, "due_on");
            if (dueOn is null)
            {
                milestone.DueOn = null;
            }
            else if (DateTimeOffset.TryParse(dueOn, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var due))
            {
                milestone.DueOn = new DateTimeOffset(due.UtcDateTime.Date.AddHours(7), TimeSpan.Zero);
            }
            else
            {
                return "due_on";
            }
        }

        if (FakeHttp.String(body, "title") is { } title)
        {
            milestone.Title = title;
        }

        if (body.ContainsKey("description"))
        {
            milestone.Description = FakeHttp.String(body, "description");
        }

        milestone.UpdatedAt = now;
        return null;
    }

    private static double Completeness(FakeRepository repository, FakeMilestone milestone)
    {
        var issues = repository.Issues.Values.Where(issue => issue.Milestone == milestone.Number).ToList();
        return issues.Count == 0 ? 0 : issues.Count(issue => issue.State == "closed") / (double)issues.Count;
    }
}
