using System.Text.Json;
using System.Text.RegularExpressions;
using PlanBot.GitHub;
using PlanBot.Integration.Tests.FakeGitHub;
using Xunit;

namespace PlanBot.Integration.Tests.Infra;

/// <summary>
/// infra/github-app-manifest.json asks for exactly what <see cref="GitHubAppPermissions"/> says PlanBot needs, and
/// that list names real GitHub endpoints, permissions and events.
/// </summary>
public sealed partial class GitHubAppManifestTests(GitHubReferenceData github) : IClassFixture<GitHubReferenceData>
{
    private static readonly JsonElement Manifest = LoadManifest();

    [Fact]
    public void Manifest_permissions_are_exactly_the_permissions_in_code()
    {
        var inManifest = Manifest.GetProperty("default_permissions").EnumerateObject()
            .ToDictionary(permission => permission.Name, permission => permission.Value.GetString(), StringComparer.Ordinal);
        var inCode = GitHubAppPermissions.Repository
            .ToDictionary(permission => permission.Name, permission => (string?)permission.ManifestAccess, StringComparer.Ordinal);

        Assert.Equal(inCode.OrderBy(pair => pair.Key, StringComparer.Ordinal), inManifest.OrderBy(pair => pair.Key, StringComparer.Ordinal));
    }

    [Fact]
    public void Manifest_events_are_exactly_the_subscribed_events_in_code()
    {
        var inManifest = Manifest.GetProperty("default_events").EnumerateArray().Select(name => name.GetString()!).ToList();

        Assert.Equal(inManifest.Count, inManifest.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(GitHubAppPermissions.SubscribedEvents.Order(StringComparer.Ordinal), inManifest.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Planbot_handles_the_pull_request_comment_issue_and_installation_events()
    {
        Assert.Equal(
            ["installation", "installation_repositories", "issue_comment", "issues", "pull_request"],
            GitHubAppPermissions.HandledEvents.Order(StringComparer.Ordinal));
        Assert.Empty(GitHubAppPermissions.SubscribedEvents.Intersect(GitHubAppPermissions.AlwaysDeliveredEvents));
    }

    [Fact]
    public void Every_handled_event_is_a_github_webhook_event()
    {
        var unknown = GitHubAppPermissions.HandledEvents.Where(name => !github.WebhookEvents.Contains(name)).ToList();

        Assert.True(unknown.Count == 0, "Not GitHub webhook events: " + string.Join(", ", unknown));
    }

    [Fact]
    public void Every_permission_is_a_github_app_permission_with_a_valid_access_level()
    {
        var invalid = GitHubAppPermissions.Repository
            .Where(permission => github.AccessLevels(permission.Name)?.Contains(permission.ManifestAccess) != true)
            .Select(permission => $"{permission.Name}: {permission.ManifestAccess}")
            .ToList();

        Assert.True(invalid.Count == 0, "Not valid GitHub App permissions: " + string.Join(", ", invalid));
    }

    [Fact]
    public void Every_endpoint_is_a_github_rest_endpoint_an_app_may_call()
    {
        var invalid = GitHubAppPermissions.Repository
            .SelectMany(permission => permission.Endpoints)
            .Where(endpoint => github.Operation(endpoint) is not { } operation
                || !operation.GetProperty("x-github").GetProperty("enabledForGitHubApps").GetBoolean())
            .ToList();

        Assert.True(invalid.Count == 0, "Not GitHub REST endpoints open to Apps:\n" + string.Join('\n', invalid));
    }

    /// <summary>
    /// The tests run every GitHub call against the fake, which answers 404 to an endpoint it does not serve, so the
    /// endpoints it serves hold every call the code makes: each must be declared with its permission (the App's own
    /// token endpoint needs none).
    /// </summary>
    [Fact]
    public void Every_endpoint_the_code_calls_is_declared_with_its_permission()
    {
        var declared = GitHubAppPermissions.Repository.SelectMany(permission => permission.Endpoints).ToHashSet(StringComparer.Ordinal);

        var undeclared = GitHubEndpointTemplates.All
            .Where(endpoint => !endpoint.StartsWith("POST /app/", StringComparison.Ordinal) && !declared.Contains(endpoint))
            .ToList();

        Assert.True(undeclared.Count == 0, "Called but not declared in GitHubAppPermissions:\n" + string.Join('\n', undeclared));
    }

    [Fact]
    public void Every_permission_is_needed_by_an_endpoint_and_no_endpoint_is_listed_twice()
    {
        var endpoints = GitHubAppPermissions.Repository.SelectMany(permission => permission.Endpoints).ToList();

        Assert.All(GitHubAppPermissions.Repository, permission => Assert.NotEmpty(permission.Endpoints));
        Assert.Equal(endpoints.Count, endpoints.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(
            GitHubAppPermissions.Repository.Count,
            GitHubAppPermissions.Repository.Select(permission => permission.Name).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Manifest_registers_a_private_app_with_an_https_webhook_on_the_route_the_deployment_outputs()
    {
        var hook = Manifest.GetProperty("hook_attributes");
        var webhookUrl = new Uri(hook.GetProperty("url").GetString()!);
        var mainBicep = File.ReadAllText(Path.Combine(InfraLayout.InfraDirectory, "main.bicep"));
        var deployedPath = WebhookPathVariable().Match(mainBicep);

        Assert.False(string.IsNullOrWhiteSpace(Manifest.GetProperty("name").GetString()));
        Assert.True(Uri.IsWellFormedUriString(Manifest.GetProperty("url").GetString(), UriKind.Absolute));
        Assert.True(Uri.IsWellFormedUriString(Manifest.GetProperty("redirect_url").GetString(), UriKind.Absolute));
        Assert.False(Manifest.GetProperty("public").GetBoolean());
        Assert.True(hook.GetProperty("active").GetBoolean());
        Assert.Equal(Uri.UriSchemeHttps, webhookUrl.Scheme);
        Assert.True(deployedPath.Success, "main.bicep no longer declares `var webhookPath = '...'`.");
        Assert.Equal(deployedPath.Groups["path"].Value, webhookUrl.AbsolutePath);
    }

    [Fact]
    public void Manifest_uses_only_fields_of_the_github_app_manifest_format()
    {
        string[] known =
        [
            "name", "url", "description", "hook_attributes", "redirect_url", "callback_urls", "setup_url", "public",
            "default_permissions", "default_events", "request_oauth_on_install", "setup_on_update",
        ];

        Assert.All(Manifest.EnumerateObject(), field => Assert.Contains(field.Name, known));
    }

    private static JsonElement LoadManifest()
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(InfraLayout.ManifestPath));
        return document.RootElement.Clone();
    }

    [GeneratedRegex(@"^var webhookPath = '(?<path>[^']+)'$", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex WebhookPathVariable();
}
