using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace PlanBot.Integration.Tests.FakeGitHub;

/// <summary>
/// Issues: list (state, labels, milestone, creator, since, sort, direction, paging; pull requests included, as GitHub
/// does), get, create and update (title, body, state and state_reason, labels, milestone, assignees). Labels named on
/// an issue are created when missing, as GitHub does; an unknown milestone is a 422.
/// </summary>
public static class IssueEndpoints
{
    public static void Map(IEndpointRouteBuilder routes, FakeGitHubState state)
    {
        routes.MapGet("/repos/{owner}/{repo}/issues", (HttpContext context, string owner, string repo) =>
        {
            lock (state.Gate)
            {
                if (state.Repository(owner, repo) is not { } repository)
                {
                    return FakeHttp.NotFoundAsync(context);
                }

                var issues = Filter(context, repository.Issues.Values).Select(issue => (JsonNode)GitHubShapes.Issue(repository, issue)).ToList();
                return FakeHttp.PageAsync(context, issues);
            }
        });

        routes.MapGet("/repos/{owner}/{repo}/issues/{number:int}", (HttpContext context, string owner, string repo, int number) =>
        {
            lock (state.Gate)
            {
                return state.Repository(owner, repo) is { } repository && repository.Issues.TryGetValue(number, out var issue)
                    ? FakeHttp.JsonAsync(context, GitHubShapes.Issue(repository, issue))
                    : FakeHttp.NotFoundAsync(context);
            }
        });

        routes.MapPost("/repos/{owner}/{repo}/issues", async (HttpContext context, string owner, string repo) =>
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
                    return FakeHttp.InvalidAsync(context, "Validation Failed", "Issue", "title", "missing_field");
                }

                if (MilestoneProblem(repository, body) is { } problem)
                {
                    return FakeHttp.InvalidAsync(context, problem, "Issue", "milestone", "invalid");
                }

                var issue = repository.AddIssue(FakeHttp.Login(context, state), title, FakeHttp.String(body, "body"), null);
                Apply(repository, issue, body, state.Time.GetUtcNow());
                return FakeHttp.JsonAsync(context, GitHubShapes.Issue(repository, issue), StatusCodes.Status201Created);
            });
        });

        routes.MapPatch("/repos/{owner}/{repo}/issues/{number:int}", async (HttpContext context, string owner, string repo, int number) =>
        {
            var body = await FakeHttp.BodyAsync(context) ?? [];
            await FakeHttp.UnderLockAsync(state, () =>
            {
                if (state.Repository(owner, repo) is not { } repository || !repository.Issues.TryGetValue(number, out var issue))
                {
                    return FakeHttp.NotFoundAsync(context);
                }

                if (MilestoneProblem(repository, body) is { } problem)
                {
                    return FakeHttp.InvalidAsync(context, problem, "Issue", "milestone", "invalid");
                }

                if (FakeHttp.String(body, "state") is { } newState && newState is not ("open" or "closed"))
                {
                    return FakeHttp.InvalidAsync(context, "Validation Failed", "Issue", "state", "invalid");
                }

                Apply(repository, issue, body, state.Time.GetUtcNow());
                return FakeHttp.JsonAsync(context, GitHubShapes.Issue(repository, issue));
            });
        });
    }

    /// <summary>Applies the fields present in <paramref name="body"/>; the caller holds the lock and validated it.</summary>
    private static void Apply(FakeRepository repository, FakeIssue issue, JsonObject body, DateTimeOffset now)
    {
        issue.UpdatedAt = now;
        if (FakeHttp.String(body, "title") is { } title)
        {
            issue.Title = title;
        }

        if (body.ContainsKey("body"))
        {
            issue.Body = FakeHttp.String(body, "body");
        }

        if (FakeHttp.String(body, "state") is { } newState && newState != issue.State)
        {
            issue.State = newState;
            issue.StateReason = newState == "closed" ? FakeHttp.String(body, "state_reason") ?? "completed" : "reopened";
            issue.ClosedAt = newState == "closed" ? now : null;
        }
        else if (FakeHttp.String(body, "state_reason") is { } reason)
        {
            issue.StateReason = reason;
        }

        if (body["labels"] is JsonArray labels)
        {
            issue.Labels.Clear();
            foreach (var label in labels)
            {
                var name = label is JsonObject named ? FakeHttp.String(named, "name") : label?.GetValue<string>();
                if (name is not null && !issue.Labels.Contains(name, StringComparer.OrdinalIgnoreCase))
                {
                    issue.Labels.Add(repository.LabelNamed(name).Name);
                }
            }
        }

        if (body.ContainsKey("milestone"))
        {
            issue.Milestone = MilestoneNumber(body["milestone"]);
        }

        if (body["assignees"] is JsonArray assignees)
        {
            issue.Assignees.Clear();
            issue.Assignees.AddRange(assignees.Select(login => login!.GetValue<string>()));
        }

    }

    private static string? MilestoneProblem(FakeRepository repository, JsonObject body) =>
        body.ContainsKey("milestone") && MilestoneNumber(body["milestone"]) is { } number && !repository.Milestones.ContainsKey(number)
            ? $"Milestone {number} does not exist"
            : null;

    private static int? MilestoneNumber(JsonNode? value) => value switch
    {
        null => null,
        JsonValue number when number.TryGetValue<int>(out var n) => n,
        JsonValue text when text.TryGetValue<string>(out var s) && int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var n) => n,
        _ => null,
    };

    private static IEnumerable<FakeIssue> Filter(HttpContext context, IEnumerable<FakeIssue> issues)
    {
        var state = FakeHttp.Query(context, "state") ?? "open";
        var labels = FakeHttp.Query(context, "labels")?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];
        var milestone = FakeHttp.Query(context, "milestone");
        var creator = FakeHttp.Query(context, "creator");
        var since = FakeHttp.Query(context, "since") is { } text ? DateTimeOffset.Parse(text, CultureInfo.InvariantCulture) : (DateTimeOffset?)null;
        var filtered = issues.Where(issue =>
            (state == "all" || issue.State == state)
            && labels.All(label => issue.Labels.Contains(label, StringComparer.OrdinalIgnoreCase))
            && milestone switch
            {
                null => true,
                "*" => issue.Milestone is not null,
                "none" => issue.Milestone is null,
                var number => issue.Milestone?.ToString(CultureInfo.InvariantCulture) == number,
            }
            && (creator is null || string.Equals(issue.Author, creator, StringComparison.OrdinalIgnoreCase))
            && (since is null || issue.UpdatedAt >= since));
        Func<FakeIssue, DateTimeOffset> key = FakeHttp.Query(context, "sort") == "updated" ? issue => issue.UpdatedAt : issue => issue.CreatedAt;
        var ordered = FakeHttp.Query(context, "direction") == "asc"
            ? filtered.OrderBy(key).ThenBy(issue => issue.Number)
            : filtered.OrderByDescending(key).ThenByDescending(issue => issue.Number);
        return ordered;
    }
}
