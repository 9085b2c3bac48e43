using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Octokit;
using PlanBot.Cli.Input;
using PlanBot.Core;
using PlanBot.Core.Configuration;
using PlanBot.Core.Planning;
using PlanBot.Core.Ports;
using PlanBot.Core.Publishing;
using PlanBot.Core.Tracking;
using PlanBot.GitHub;
using PlanBot.GitHub.Http;
using PlanBot.GitHub.Tracking;

namespace PlanBot.Cli.Commands;

/// <summary>
/// <c>planbot sync &lt;plan.md&gt; --repo owner/name [--dry-run] [--today yyyy-MM-dd]</c>: publishes a plan file to a
/// repository the way the App does on merge — progress first, then milestones, issues, sub-issues and the tracker —
/// printing one line per change, and making them unless <c>--dry-run</c>. The token comes from <c>GITHUB_TOKEN</c>,
/// the API from <c>PLANBOT_GITHUB_API_URL</c> (GitHub Enterprise Server), writes are paced like the App's.
/// </summary>
public sealed class SyncCommand : ICliCommand
{
    public const string TokenVariable = "GITHUB_TOKEN";

    public const string ApiUrlVariable = "PLANBOT_GITHUB_API_URL";

    // The token acts for every repository alike; the installation id only keys the client.
    private const long TokenInstallation = 1;

    public Command Create(CliContext context)
    {
        var plan = new Argument<string>("plan") { Description = "The IMPLEMENTATION_PLAN.md to publish." };
        var repository = new Option<string>("--repo") { Description = "The repository, owner/name.", Required = true };
        var dryRun = new Option<bool>("--dry-run") { Description = "Print the changes without making them." };
        var today = new TodayOption();
        var command = new Command("sync", $"Publish a plan to GitHub milestones and issues (token from {TokenVariable}).");
        command.Arguments.Add(plan);
        command.Options.Add(repository);
        command.Options.Add(dryRun);
        today.AddTo(command);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var target = Repository(parseResult.GetValue(repository)!);
            var token = context.Variable(TokenVariable) is { Length: > 0 } value
                ? value
                : throw new CliInputException($"{TokenVariable} is not set: planbot sync reads the repository's issues (and writes them without --dry-run) with that token");
            var apiUrl = ApiUrl(context.Variable(ApiUrlVariable));
            var source = await InputFile.ReadAsync(parseResult.GetValue(plan)!, "plan", InputLimits.DocumentBytes, cancellationToken).ConfigureAwait(false);
            var document = new PlanMarkdownParser().Parse(source.Text);
            if (document.Phases.Count == 0)
            {
                throw new CliInputException($"plan '{source.DisplayPath}' has no phase PlanBot can read (see docs/plan-format.md); nothing to sync");
            }

            await using var services = Services(token, apiUrl, context.Clock);
            try
            {
                return await SyncAsync(context, services, target, document, today.Resolve(parseResult, context.Clock), parseResult.GetValue(dryRun), cancellationToken).ConfigureAwait(false);
            }
            catch (Exception error) when (Describe(error, target, apiUrl) is { } message)
            {
                await context.Error.WriteLineAsync($"planbot: {message}".AsMemory(), cancellationToken).ConfigureAwait(false);
                return ExitCodes.Failure;
            }
        });
        return command;
    }

    private static async Task<int> SyncAsync(
        CliContext context, ServiceProvider services, RepositoryRef repository, PlanDocument plan, DateOnly today, bool dryRun, CancellationToken cancellationToken)
    {
        var github = services.GetRequiredService<ITrackingGitHub>();
        var settings = await RepositorySettings.ReadAsync(github, repository, cancellationToken).ConfigureAwait(false);
        foreach (var problem in settings.Problems)
        {
            var line = problem.Line > 0 ? string.Create(CultureInfo.InvariantCulture, $":{problem.Line}") : string.Empty;
            await context.Error.WriteLineAsync($"planbot: {RepositoryConfig.Path}{line}: {problem.Message} (the default applies)".AsMemory(), cancellationToken).ConfigureAwait(false);
        }

        var options = TrackingOptions.For(settings.Config, repository.FullName);
        var stages = PlanRuns.Publish(plan, options, today);
        var actual = await github.ReadStateAsync(repository, options.Label, [], cancellationToken).ConfigureAwait(false);

        // Later stages are computed here on the repository as it is now, not as the earlier ones leave it: a change
        // an earlier stage already makes (the tracker update) is listed once.
        var changes = stages.SelectMany(stage => stage(actual).Operations).DistinctBy(operation => operation.Key).ToList();
        foreach (var change in changes)
        {
            await context.Out.WriteLineAsync(ChangeSetText.Line(change).AsMemory(), cancellationToken).ConfigureAwait(false);
        }

        if (dryRun || changes.Count == 0)
        {
            var summary = changes.Count == 0 ? $"{repository.FullName} already matches the plan" : $"{Count(changes.Count, "change")} (dry run: nothing was changed)";
            await context.Error.WriteLineAsync($"planbot: {summary}".AsMemory(), cancellationToken).ConfigureAwait(false);
            return ExitCodes.Success;
        }

        var run = new ChangeRun(repository, "sync-" + Guid.NewGuid().ToString("N"), options.Label, ValueList<int>.Empty, stages);
        var result = await services.GetRequiredService<ChangeSetExecutor>().RunAsync(run, cancellationToken).ConfigureAwait(false);
        if (result.Error is { } error)
        {
            throw error;
        }

        await context.Error.WriteLineAsync($"planbot: synced {repository.FullName} with {Count(result.Requests, "write request")}".AsMemory(), cancellationToken).ConfigureAwait(false);
        return ExitCodes.Success;
    }

    // The App's GitHub services, authenticated by the token, on the command's clock; a run has no budget (nothing
    // times it out) and its checkpoint lives as long as the process.
    private static ServiceProvider Services(string token, Uri apiUrl, TimeProvider clock)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["PlanBot:GitHub:ApiUrl"] = apiUrl.ToString(),
            ["PlanBot:GitHub:Token"] = token,
        }).Build();
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton(clock)
            .AddPlanBotGitHub(configuration)
            .AddPlanBotTracking(configuration)
            .AddSingleton<IRunCheckpointStore, InMemoryCheckpointStore>()
            .AddSingleton(new ExecutorSettings(TimeSpan.FromHours(1), null, TimeSpan.Zero));
        return services.BuildServiceProvider();
    }

    private static RepositoryRef Repository(string text) =>
        text.Split('/') is [{ Length: > 0 } owner, { Length: > 0 } name] && !text.Any(char.IsWhiteSpace)
            ? new RepositoryRef(TokenInstallation, owner, name)
            : throw new CliInputException($"--repo expects owner/name, got '{text}'");

    private static Uri ApiUrl(string? text) =>
        string.IsNullOrWhiteSpace(text) ? new Uri(GitHubOptions.DefaultApiUrl)
        : Uri.TryCreate(text, UriKind.Absolute, out var url) && url.Scheme is "https" or "http" ? url
        : throw new CliInputException($"{ApiUrlVariable} must be an http(s) URL such as {GitHubOptions.DefaultApiUrl}, got '{text}'");

    /// <summary>One line for a failure that is GitHub's answer or its absence; null for anything else (a bug, shown as one).</summary>
    private static string? Describe(Exception error, RepositoryRef repository, Uri apiUrl) => error switch
    {
        AuthorizationException => $"GitHub refused {TokenVariable} (401 Bad credentials)",
        NotFoundException => $"GitHub has no repository {repository.FullName}, or {TokenVariable} cannot see it (404)",
        ForbiddenException forbidden => $"GitHub refused (403: {CliApp.OneLine(forbidden.Message)}); the token needs Issues: write on {repository.FullName}",
        ApiException api => string.Create(CultureInfo.InvariantCulture, $"GitHub answered {(int)api.StatusCode} {api.StatusCode}: {CliApp.OneLine(api.Message)}"),
        GitHubRateLimitedException limited => $"GitHub asks to slow down until {limited.ResumeAt:u}; run planbot sync again then, it goes on where it stopped",
        HttpRequestException http => $"cannot reach GitHub at {apiUrl}: {CliApp.OneLine(http.Message)}",
        TimeoutException timeout => CliApp.OneLine(timeout.Message),
        _ => null,
    };

    private static string Count(int count, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {noun}{(count == 1 ? string.Empty : "s")}");
}
