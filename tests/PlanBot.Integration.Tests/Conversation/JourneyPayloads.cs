using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using PlanBot.Integration.Tests.FakeGitHub;
using PlanBot.Integration.Tests.Infrastructure;

namespace PlanBot.Integration.Tests.Conversation;

/// <summary>GitHub's published webhook examples, adapted to a repository and pull request of the fake.</summary>
internal static class JourneyPayloads
{
    public static byte[] PullRequest(string action, FakeRepository repository, FakeIssue pull, long installation, string sender, DateTimeOffset at)
    {
        var payload = Example("pull_request", action, repository, installation, sender);
        var pr = payload["pull_request"]!;
        pr["number"] = pull.Number;
        pr["state"] = pull.State;
        pr["draft"] = pull.Pull!.Draft;
        pr["merged"] = pull.Pull.Merged;
        pr["updated_at"] = Time(at);
        pr["user"]!["login"] = pull.Author;
        pr["head"]!["ref"] = pull.Pull.HeadRef;
        pr["head"]!["sha"] = repository.HeadSha(pull.Pull);
        pr["head"]!["repo"] = payload["repository"]!.DeepClone();
        pr["head"]!["repo"]!["full_name"] = pull.Pull.HeadRepository;
        pr["base"]!["ref"] = pull.Pull.BaseRef;
        pr["base"]!["repo"] = payload["repository"]!.DeepClone();
        return JsonSerializer.SerializeToUtf8Bytes(payload);
    }

    public static byte[] Comment(string action, FakeRepository repository, int pullNumber, FakeComment comment, long installation, string sender)
    {
        var payload = Example("issue_comment", action, repository, installation, sender);
        payload["issue"]!["number"] = pullNumber;
        payload["issue"]!["pull_request"] = new JsonObject { ["url"] = $"https://api.github.com/repos/{repository.FullName}/pulls/{pullNumber}" };
        var node = payload["comment"]!;
        node["id"] = comment.Id;
        node["body"] = comment.Body;
        node["user"]!["login"] = comment.Author;
        node["created_at"] = Time(comment.CreatedAt);
        node["updated_at"] = Time(comment.UpdatedAt);
        return JsonSerializer.SerializeToUtf8Bytes(payload);
    }

    private static JsonObject Example(string eventName, string action, FakeRepository repository, long installation, string sender)
    {
        var payload = JsonNode.Parse(WebhookExamples.Get(eventName, action))!.AsObject();
        payload["installation"] = new JsonObject { ["id"] = installation };
        var repo = payload["repository"]!;
        repo["name"] = repository.Name;
        repo["full_name"] = repository.FullName;
        repo["owner"]!["login"] = repository.Owner;
        repo["html_url"] = $"https://github.com/{repository.FullName}";
        repo["default_branch"] = repository.DefaultBranch;
        payload["sender"]!["login"] = sender;
        payload["sender"]!["type"] = "User";
        return payload;
    }

    private static string Time(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
}
