using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using PlanBot.Integration.Tests.Infrastructure;

namespace PlanBot.Integration.Tests.FakeGitHub;

/// <summary>
/// Response bodies shaped like GitHub's: each starts from the example GitHub publishes for it in its OpenAPI
/// description (so every field the schema requires is there) and takes the fake's values for what PlanBot reads.
/// </summary>
public static class GitHubShapes
{
    private static readonly Lazy<JsonObject> Examples = new(LoadExamples);

    public static JsonObject User(string login)
    {
        var user = Rewrite(Example("issue")["user"]!, ForUser(login)).AsObject();
        user["id"] = Math.Abs((long)StringComparer.Ordinal.GetHashCode(login)) % 1_000_000_000;
        user["node_id"] = NodeId("U", login);
        user["type"] = login.EndsWith("[bot]", StringComparison.Ordinal) ? "Bot" : "User";
        return user;
    }

    /// <summary>The short repository shape (a pull request's head and base).</summary>
    public static JsonObject Repository(FakeRepository repository)
    {
        var json = Retarget(Example("pull-request")["head"]!["repo"]!, repository);
        FillRepository(json, repository);
        return json;
    }

    /// <summary>GET /repos/{owner}/{repo}.</summary>
    public static JsonObject FullRepository(FakeRepository repository)
    {
        var json = Retarget(Example("full-repository-default-response"), repository);
        FillRepository(json, repository);
        json.Remove("template_repository");
        json.Remove("parent");
        json.Remove("source");
        json.Remove("organization");

        // Required (nullable) in the description, absent from its example.
        json["language"] = null;
        return json;
    }

    public static JsonObject Issue(FakeRepository repository, FakeIssue issue)
    {
        var json = Retarget(Example("issue"), repository, issue.Number);
        json["id"] = issue.Id;
        json["node_id"] = NodeId("I", issue.Id);
        json["number"] = issue.Number;
        json["title"] = issue.Title;
        json["body"] = issue.Body;
        json["state"] = issue.State;
        json["state_reason"] = issue.StateReason;
        json["user"] = User(issue.Author);
        json["labels"] = new JsonArray([.. issue.Labels.Select(name => (JsonNode)Label(repository, repository.LabelNamed(name)))]);
        json["assignee"] = issue.Assignees.Count == 0 ? null : User(issue.Assignees[0]);
        json["assignees"] = new JsonArray([.. issue.Assignees.Select(login => (JsonNode)User(login))]);
        json["milestone"] = issue.Milestone is { } number && repository.Milestones.TryGetValue(number, out var milestone) ? Milestone(repository, milestone) : null;
        json["locked"] = false;
        json["active_lock_reason"] = null;
        json["comments"] = repository.Comments.Values.Count(comment => comment.IssueNumber == issue.Number);
        json["closed_at"] = Date(issue.ClosedAt);
        json["created_at"] = Date(issue.CreatedAt);
        json["updated_at"] = Date(issue.UpdatedAt);
        json["closed_by"] = null;
        json["author_association"] = Association(repository, issue.Author);
        if (issue.Pull is null)
        {
            json.Remove("pull_request");
        }

        return json;
    }

    public static JsonObject Pull(FakeRepository repository, FakeIssue issue, FakeRepository? headRepository)
    {
        var pull = issue.Pull ?? throw new ArgumentException($"#{issue.Number} is not a pull request.", nameof(issue));
        var json = Retarget(Example("pull-request"), repository, issue.Number);
        json["id"] = issue.Id;
        json["node_id"] = NodeId("PR", issue.Id);
        json["number"] = issue.Number;
        json["state"] = issue.State;
        json["locked"] = false;
        json["active_lock_reason"] = null;
        json["title"] = issue.Title;
        json["body"] = issue.Body;
        json["user"] = User(issue.Author);
        json["labels"] = new JsonArray([.. issue.Labels.Select(name => (JsonNode)Label(repository, repository.LabelNamed(name)))]);
        json["milestone"] = null;
        json["created_at"] = Date(issue.CreatedAt);
        json["updated_at"] = Date(issue.UpdatedAt);
        json["closed_at"] = Date(issue.ClosedAt);
        json["merged_at"] = pull.Merged ? Date(issue.ClosedAt) : null;
        json["merge_commit_sha"] = null;
        json["assignee"] = null;
        json["assignees"] = new JsonArray();
        json["requested_reviewers"] = new JsonArray();
        json["requested_teams"] = new JsonArray();
        json["author_association"] = Association(repository, issue.Author);
        json["draft"] = pull.Draft;
        json["merged"] = pull.Merged;
        json["merged_by"] = null;
        json["mergeable"] = null;
        json["rebaseable"] = null;
        json["mergeable_state"] = "unknown";
        json["comments"] = repository.Comments.Values.Count(comment => comment.IssueNumber == issue.Number);
        var headSha = repository.HeadSha(pull);
        json["statuses_url"] = $"{Api}/repos/{repository.FullName}/statuses/{headSha}";
        json["head"] = Branch(pull.HeadRepository, pull.HeadRef, headSha, headRepository);
        json["base"] = Branch(repository.FullName, pull.BaseRef, repository.Branches.GetValueOrDefault(pull.BaseRef) ?? headSha, repository);
        return json;
    }

    public static JsonObject Comment(FakeRepository repository, FakeComment comment)
    {
        var json = Retarget(Example("issue-comment"), repository, comment.IssueNumber);
        json["id"] = comment.Id;
        json["node_id"] = NodeId("IC", comment.Id);
        json["url"] = $"{Api}/repos/{repository.FullName}/issues/comments/{comment.Id}";
        json["html_url"] = $"https://github.com/{repository.FullName}/issues/{comment.IssueNumber}#issuecomment-{comment.Id}";
        json["body"] = comment.Body;
        json["user"] = User(comment.Author);
        json["created_at"] = Date(comment.CreatedAt);
        json["updated_at"] = Date(comment.UpdatedAt);
        json["author_association"] = Association(repository, comment.Author);
        return json;
    }

    public static JsonObject Label(FakeRepository repository, FakeLabel label)
    {
        var json = Retarget(Example("label"), repository);
        json["id"] = label.Id;
        json["node_id"] = NodeId("LA", label.Id);
        json["url"] = $"{Api}/repos/{repository.FullName}/labels/{Uri.EscapeDataString(label.Name)}";
        json["name"] = label.Name;
        json["description"] = label.Description;
        json["color"] = label.Color;
        json["default"] = false;
        return json;
    }

    public static JsonObject Milestone(FakeRepository repository, FakeMilestone milestone)
    {
        var json = Retarget(Example("milestone"), repository);
        var issues = repository.Issues.Values.Where(issue => issue.Milestone == milestone.Number).ToList();
        json["url"] = $"{Api}/repos/{repository.FullName}/milestones/{milestone.Number}";
        json["html_url"] = $"https://github.com/{repository.FullName}/milestone/{milestone.Number}";
        json["labels_url"] = $"{Api}/repos/{repository.FullName}/milestones/{milestone.Number}/labels";
        json["id"] = milestone.Id;
        json["node_id"] = NodeId("MI", milestone.Id);
        json["number"] = milestone.Number;
        json["state"] = milestone.State;
        json["title"] = milestone.Title;
        json["description"] = milestone.Description;
        json["creator"] = User(milestone.Author);
        json["open_issues"] = issues.Count(issue => issue.State == "open");
        json["closed_issues"] = issues.Count(issue => issue.State == "closed");
        json["created_at"] = Date(milestone.CreatedAt);
        json["updated_at"] = Date(milestone.UpdatedAt);
        json["closed_at"] = Date(milestone.ClosedAt);
        json["due_on"] = Date(milestone.DueOn);
        return json;
    }

    public static JsonObject Reaction(FakeReaction reaction)
    {
        var json = Example("reaction");
        json["id"] = reaction.Id;
        json["node_id"] = NodeId("REA", reaction.Id);
        json["user"] = User(reaction.User);
        json["content"] = reaction.Content;
        json["created_at"] = Date(reaction.At);
        return json;
    }

    public static JsonObject Status(FakeRepository repository, FakeStatus status)
    {
        var json = Retarget(Example("status"), repository);
        json["url"] = $"{Api}/repos/{repository.FullName}/statuses/{status.Sha}";
        json["id"] = status.Id;
        json["node_id"] = NodeId("SC", status.Id);
        json["state"] = status.State;
        json["description"] = status.Description;
        json["target_url"] = status.TargetUrl;
        json["context"] = status.Context ?? "default";
        json["created_at"] = Date(status.At);
        json["updated_at"] = Date(status.At);
        json["creator"] = User(status.Creator);
        return json;
    }

    /// <summary>The collaborator-permission answer; <paramref name="roleName"/> null for someone who is not a collaborator.</summary>
    public static JsonObject Permission(string login, string? roleName)
    {
        var json = Example("repository-collaborator-permission-response-if-user-has-admin-permissions");
        var user = Rewrite(json["user"]!, ForUser(login)).AsObject();
        user["role_name"] = roleName ?? "read";
        json["user"] = user;
        json["role_name"] = roleName ?? "none";

        // The legacy permission field knows only admin, write, read and none.
        json["permission"] = roleName switch
        {
            "admin" => "admin",
            "maintain" or "write" => "write",
            "triage" or "read" => "read",
            _ => "none",
        };
        return json;
    }

    public static JsonObject GitRef(FakeRepository repository, string gitRef, string sha)
    {
        var json = Retarget(Example("git-ref"), repository);
        json["ref"] = gitRef;
        json["node_id"] = NodeId("REF", gitRef);
        json["url"] = $"{Api}/repos/{repository.FullName}/git/{gitRef}";
        json["object"] = new JsonObject
        {
            ["type"] = "commit",
            ["sha"] = sha,
            ["url"] = $"{Api}/repos/{repository.FullName}/git/commits/{sha}",
        };
        return json;
    }

    public static JsonObject Blob(FakeRepository repository, string sha, byte[] content)
    {
        var json = Example("blob");
        json["content"] = Base64Lines(content);
        json["encoding"] = "base64";
        json["url"] = $"{Api}/repos/{repository.FullName}/git/blobs/{sha}";
        json["sha"] = sha;
        json["size"] = content.Length;
        json["node_id"] = NodeId("B", sha);
        return json;
    }

    /// <summary>
    /// A file from the contents API. GitHub inlines content only up to 1 MB; larger files come with an empty content
    /// and encoding <c>none</c>.
    /// </summary>
    public static JsonObject ContentFile(FakeRepository repository, string path, string sha, byte[] content, string gitRef)
    {
        var json = ContentEntry(repository, path, sha, content.Length, gitRef, Example("content-file-response-if-content-is-a-file"));
        var inline = content.Length <= FakeGitHubLimits.InlineContentBytes;
        json["encoding"] = inline ? "base64" : "none";
        json["content"] = inline ? Base64Lines(content) : string.Empty;
        return json;
    }

    /// <summary>One entry of a directory listing.</summary>
    public static JsonObject DirectoryEntry(FakeRepository repository, string path, string sha, long size, string type, string gitRef)
    {
        var template = Examples.Value["content-file-response-if-content-is-a-directory"]!["value"]![0]!.DeepClone().AsObject();
        var json = ContentEntry(repository, path, sha, size, gitRef, template);
        json["type"] = type;
        if (type == "dir")
        {
            json["download_url"] = null;
        }

        return json;
    }

    public static JsonObject FileCommit(FakeRepository repository, string path, string blobSha, long size, FakeCommit commit, string branch)
    {
        var json = Retarget(Example("file-commit-example-for-creating-a-file"), repository);
        json["content"] = ContentEntry(repository, path, blobSha, size, branch, json["content"]!.AsObject());
        var details = json["commit"]!.AsObject();
        details["sha"] = commit.Sha;
        details["node_id"] = NodeId("C", commit.Sha);
        details["url"] = $"{Api}/repos/{repository.FullName}/git/commits/{commit.Sha}";
        details["html_url"] = $"https://github.com/{repository.FullName}/commit/{commit.Sha}";
        details["message"] = commit.Message;
        foreach (var person in new[] { "author", "committer" })
        {
            details[person] = new JsonObject { ["date"] = Date(commit.At), ["name"] = FakeGitHubState.BotLogin, ["email"] = "bot@example.invalid" };
        }

        details["parents"] = new JsonArray(new JsonObject
        {
            ["url"] = $"{Api}/repos/{repository.FullName}/git/commits/{commit.Parent}",
            ["html_url"] = $"https://github.com/{repository.FullName}/commit/{commit.Parent}",
            ["sha"] = commit.Parent,
        });
        return json;
    }

    public static JsonObject InstallationToken(string token, DateTimeOffset expiresAt)
    {
        var json = Example("installation-token");
        json["token"] = token;
        json["expires_at"] = Date(expiresAt);
        json.Remove("repositories");
        json["repository_selection"] = "all";
        return json;
    }

    public static JsonObject Error(string message, string documentation = "https://docs.github.com/rest") =>
        new() { ["message"] = message, ["documentation_url"] = documentation, ["status"] = "0" };

    public static string Date(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static string? Date(DateTimeOffset? at) => at is { } value ? Date(value) : null;

    private const string Api = "https://api.github.com";

    private static JsonObject Example(string name) =>
        Examples.Value[name]?["value"]?.DeepClone().AsObject() ?? throw new KeyNotFoundException($"GitHub publishes no example named {name}.");

    private static JsonObject ContentEntry(FakeRepository repository, string path, string sha, long size, string gitRef, JsonObject template)
    {
        var json = template;
        var contentsUrl = $"{Api}/repos/{repository.FullName}/contents/{path}?ref={Uri.EscapeDataString(gitRef)}";
        var gitUrl = $"{Api}/repos/{repository.FullName}/git/blobs/{sha}";
        var htmlUrl = $"https://github.com/{repository.FullName}/blob/{gitRef}/{path}";
        json["name"] = path[(path.LastIndexOf('/') + 1)..];
        json["path"] = path;
        json["sha"] = sha;
        json["size"] = size;
        json["type"] = "file";
        json["url"] = contentsUrl;
        json["git_url"] = gitUrl;
        json["html_url"] = htmlUrl;
        json["download_url"] = $"https://raw.githubusercontent.com/{repository.FullName}/{gitRef}/{path}";
        json["_links"] = new JsonObject { ["self"] = contentsUrl, ["git"] = gitUrl, ["html"] = htmlUrl };
        return json;
    }

    private static JsonObject Branch(string fullName, string gitRef, string sha, FakeRepository? repository)
    {
        var owner = fullName[..fullName.IndexOf('/', StringComparison.Ordinal)];
        return new JsonObject
        {
            ["label"] = $"{owner}:{gitRef}",
            ["ref"] = gitRef,
            ["sha"] = sha,
            ["user"] = User(owner),

            // A deleted fork: GitHub reports the head repository as null.
            ["repo"] = repository is null ? null : Repository(repository),
        };
    }

    private static void FillRepository(JsonObject json, FakeRepository repository)
    {
        json["id"] = repository.Id;
        json["node_id"] = NodeId("R", repository.Id);
        json["name"] = repository.Name;
        json["full_name"] = repository.FullName;
        json["owner"] = User(repository.Owner);
        json["default_branch"] = repository.DefaultBranch;
        json["private"] = false;
        json["fork"] = false;
    }

    private static string Association(FakeRepository repository, string login) =>
        string.Equals(login, repository.Owner, StringComparison.OrdinalIgnoreCase) ? "OWNER"
        : repository.Collaborators.ContainsKey(login) ? "COLLABORATOR"
        : "NONE";

    // In URLs a login is escaped, as GitHub does for bots (planbot%5Bbot%5D).
    private static Func<string, string> ForUser(string login) => value =>
        value.Replace("octocat", value.StartsWith("http", StringComparison.Ordinal) ? Uri.EscapeDataString(login) : login, StringComparison.Ordinal);

    private static JsonObject Retarget(JsonNode example, FakeRepository repository, int? number = null) =>
        Rewrite(example, value =>
        {
            var text = value
                .Replace("octocat/Hello-World", repository.FullName, StringComparison.Ordinal)
                .Replace("octokit/octokit.rb", repository.FullName, StringComparison.Ordinal);
            return number is { } n ? text.Replace("/1347", "/" + n.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal) : text;
        }).AsObject();

    private static JsonNode Rewrite(JsonNode node, Func<string, string> rewrite)
    {
        var copy = node.Parent is null ? node : node.DeepClone();
        RewriteInPlace(copy, rewrite);
        return copy;
    }

    private static void RewriteInPlace(JsonNode? node, Func<string, string> rewrite)
    {
        switch (node)
        {
            case JsonObject json:
                foreach (var (name, value) in json.ToList())
                {
                    if (value is JsonValue leaf && leaf.TryGetValue<string>(out var text))
                    {
                        json[name] = rewrite(text);
                    }
                    else
                    {
                        RewriteInPlace(value, rewrite);
                    }
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    if (array[i] is JsonValue leaf && leaf.TryGetValue<string>(out var text))
                    {
                        array[i] = rewrite(text);
                    }
                    else
                    {
                        RewriteInPlace(array[i], rewrite);
                    }
                }

                break;
        }
    }

    private static string NodeId(string kind, object id) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes($"{kind}_{Convert.ToString(id, CultureInfo.InvariantCulture)}"));

    // GitHub wraps base64 content at 60 characters.
    private static string Base64Lines(byte[] content)
    {
        var base64 = Convert.ToBase64String(content);
        var lines = new StringBuilder(base64.Length + (base64.Length / 60) + 1);
        for (var i = 0; i < base64.Length; i += 60)
        {
            lines.Append(base64, i, Math.Min(60, base64.Length - i)).Append('\n');
        }

        return lines.ToString();
    }

    private static JsonObject LoadExamples()
    {
        var path = Path.Combine(RepositoryPaths.NodeModules(), "@octokit", "openapi", "generated", "api.github.com.json");
        using var stream = File.OpenRead(path);
        var components = JsonNode.Parse(stream)!["components"]!.AsObject();
        var examples = components["examples"]!.AsObject();
        components.Remove("examples");
        return examples;
    }
}
