using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;
using PlanBot.Core;
using PlanBot.Core.Configuration;
using PlanBot.Core.Planning;
using PlanBot.Core.Ports;
using PlanBot.Core.Publishing;
using PlanBot.Core.Telemetry;
using PlanBot.Core.Tracking;

namespace PlanBot.GitHub.Tracking;

/// <summary>
/// <see cref="TrackingJobs.Publish"/>: reads <c>.github/planbot.yml</c> and the plan from the default branch (the file is
/// the source of truth, so people's edits count), reconciles the repository with it in a resumable run, and records
/// the publication for tracking and the daily check. A plan in which no phase can be read publishes nothing: it must
/// not close every issue of the plan published before.
/// </summary>
public sealed class PublishJobHandler(
    ITrackingGitHub github,
    PlanMarkdownParser parser,
    IPublicationStore publications,
    TrackingRunner runner,
    TimeProvider clock,
    PlanBotTelemetry telemetry,
    ILogger<PublishJobHandler> logger) : IWebhookHandler
{
    public const long MaxPlanBytes = 5L * 1024 * 1024;

    public async Task HandleAsync(WebhookEvent webhookEvent, CancellationToken cancellationToken)
    {
        var repository = TrackingJobs.Repository(webhookEvent);
        var request = TrackingJobs.Payload<PublishJob>(webhookEvent);
        var settings = await RepositorySettings.ReadAsync(github, repository, cancellationToken).ConfigureAwait(false);
        if (settings.Problems.Count > 0)
        {
            TrackingLog.ConfigProblems(logger, webhookEvent.DeliveryId, repository.FullName, RepositoryConfig.Path, settings.Problems.Count);
        }

        var config = settings.Config;
        var file = await github.GetDefaultBranchFileAsync(repository, config.PlanPath, MaxPlanBytes, cancellationToken).ConfigureAwait(false);
        if (file is null)
        {
            TrackingLog.NoPlan(logger, webhookEvent.DeliveryId, repository.FullName, config.PlanPath);
            return;
        }

        if (file.Text is not { } text)
        {
            TrackingLog.PlanTooLarge(logger, webhookEvent.DeliveryId, repository.FullName, config.PlanPath, file.Size, MaxPlanBytes);
            return;
        }

        var plan = parser.Parse(text);
        if (plan.Phases.Count == 0)
        {
            TrackingLog.EmptyPlan(logger, webhookEvent.DeliveryId, repository.FullName, config.PlanPath);
            return;
        }

        TrackingLog.Publishing(logger, webhookEvent.DeliveryId, repository.FullName, config.PlanPath, plan.Phases.Count, plan.Phases.Sum(phase => phase.Weeks.Count), request.Reason, request.RequestedBy);
        var options = TrackingOptions.For(config, repository.FullName);
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var hash = PlanHash(text, options);
        var previous = await publications.GetAsync(repository, cancellationToken).ConfigureAwait(false);
        var run = new ChangeRun(repository, "publish-" + hash, options.Label, previous?.Publication.Issues ?? ValueList<int>.Empty, PlanRuns.Publish(plan, options, today));
        var started = clock.GetTimestamp();
        var outcome = PublishOutcome.Failed;
        RunResult? completed;
        try
        {
            completed = await runner.RunAsync(webhookEvent, run, cancellationToken).ConfigureAwait(false);
            outcome = completed is null ? PublishOutcome.Continued : PublishOutcome.Completed;
        }
        finally
        {
            telemetry.PublishRun(clock.GetElapsedTime(started), outcome);
        }

        if (completed is not { } result)
        {
            return;
        }

        await Optimistic.UpdateAsync<StoredPublication, Publication>(
            () => publications.GetAsync(repository, cancellationToken),
            stored => new Publication(repository, hash, plan, options, result.OwnedIssues(), now, stored?.Publication.SlipsCheckedOn ?? today),
            (publication, stored) => publications.SaveAsync(publication, stored?.ETag, cancellationToken)).ConfigureAwait(false);
    }

    /// <summary>Identifies a run: the same plan published with the same options resumes the same checkpoint.</summary>
    public static string PlanHash(string planText, TrackingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes($"{planText}\0{options.PlanPath}\0{options.Label}\0{options.PhaseLabelPrefix}\0{options.SubIssues}\0{options.CloseWeeksAutomatically}"));
        return Convert.ToHexStringLower(bytes)[..16];
    }
}
