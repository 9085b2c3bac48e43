using PlanBot.Core.Configuration;
using PlanBot.Core.Ports;

namespace PlanBot.Core.Conversation;

/// <summary>
/// Journey steps 1 and 4: a pull request is opened, pushed to, reopened or marked ready. Reads
/// <c>.github/planbot.yml</c> from the default branch and both documents from the head, then asks the questions, says
/// what is missing, or (when the documents changed after a plan was written) writes the plan again. Closing ends the
/// session and, when the pull request carried the plan and was merged, schedules publishing.
/// </summary>
public sealed class PullRequestConversation(
    IPullRequestGitHub github,
    ISessionStore sessions,
    ScopingAnalyzer analyzer,
    ConversationDriver driver,
    ConversationOptions options,
    TimeProvider clock)
{
    public async Task<ConversationResult> HandleAsync(PullRequestActivity activity, CancellationToken cancellationToken)
    {
        if (activity.Sender.IsBot)
        {
            return ConversationResult.Ignored($"sent by the bot {activity.Sender.Login}");
        }

        var stored = await sessions.GetAsync(activity.Key, cancellationToken).ConfigureAwait(false);
        if (stored is not null && stored.Session.HasApplied(activity.DeliveryId))
        {
            await driver.DriveAsync(stored, activity.DeliveryId, cancellationToken).ConfigureAwait(false);
            return new ConversationResult(ConversationOutcome.AlreadyApplied, "delivery applied before; unfinished work completed");
        }

        if (stored?.Session.PullRequestUpdatedAt > activity.UpdatedAt)
        {
            return ConversationResult.Ignored("older than an event already handled for this pull request");
        }

        if (activity.Action == PullRequestAction.Closed)
        {
            return await CloseAsync(stored, activity, cancellationToken).ConfigureAwait(false);
        }

        if (!activity.PullRequest.Open)
        {
            return ConversationResult.Ignored("the pull request is closed");
        }

        if (activity.PullRequest.Draft)
        {
            return ConversationResult.Ignored("the pull request is a draft");
        }

        var repository = RepositoryRef.Of(activity.Key);
        var config = await ReadConfigAsync(repository, activity.PullRequest.DefaultBranch, cancellationToken).ConfigureAwait(false);
        var documents = await ReadDocumentsAsync(repository, config.Config, activity.PullRequest.HeadSha, cancellationToken).ConfigureAwait(false);
        if (stored is null && !await TouchesDocumentsAsync(repository, config.Config, documents, activity.PullRequest.BaseRef, cancellationToken).ConfigureAwait(false))
        {
            return ConversationResult.Ignored("the pull request touches neither document");
        }

        var analysis = Analyze(stored?.Session, config.Config, documents);
        var now = clock.GetUtcNow();
        stored = await PlanningSessionUpdater.UpdateAsync(
            sessions,
            activity.Key,
            current => PullRequestTransition.Apply(current ?? PlanningSession.Start(activity.Key, now), activity, config, documents, analysis, options, now),
            cancellationToken).ConfigureAwait(false);
        await driver.DriveAsync(stored, activity.DeliveryId, cancellationToken).ConfigureAwait(false);
        return new ConversationResult(ConversationOutcome.Applied, stored.Session.State.ToString());
    }

    private async Task<ConversationResult> CloseAsync(StoredSession? stored, PullRequestActivity activity, CancellationToken cancellationToken)
    {
        if (stored is null)
        {
            return ConversationResult.Ignored("no PlanBot conversation on this pull request");
        }

        var now = clock.GetUtcNow();
        stored = await PlanningSessionUpdater.UpdateAsync(
            sessions,
            activity.Key,
            current => PullRequestTransition.Close(current ?? stored.Session, activity, options, now),
            cancellationToken).ConfigureAwait(false);
        await driver.DriveAsync(stored, activity.DeliveryId, cancellationToken).ConfigureAwait(false);
        return new ConversationResult(ConversationOutcome.Applied, activity.PullRequest.Merged ? "merged" : "closed");
    }

    /// <summary>The documents are analysed again only when they or the configuration changed.</summary>
    private DocumentAnalysis? Analyze(PlanningSession? session, RepositoryConfig config, HeadDocuments documents)
    {
        if (!documents.BothReadable)
        {
            return null;
        }

        return session is { Questionnaire: { } questionnaire } && session.PrdSha == documents.Prd!.Sha && session.TrdSha == documents.Trd!.Sha && session.Config == config
            ? new DocumentAnalysis(questionnaire, session.QualityFindings)
            : analyzer.Analyze(documents.Prd!.Text!, documents.Trd!.Text!, config);
    }

    private async Task<ConfigReadResult> ReadConfigAsync(RepositoryRef repository, string defaultBranch, CancellationToken cancellationToken)
    {
        var file = await github.GetFileAsync(repository, RepositoryConfig.Path, defaultBranch, RepositoryConfigReader.MaxBytes, cancellationToken).ConfigureAwait(false);
        return RepositoryConfigReader.Read(file);
    }

    private async Task<HeadDocuments> ReadDocumentsAsync(RepositoryRef repository, RepositoryConfig config, string headSha, CancellationToken cancellationToken) =>
        new(
            await github.GetFileAsync(repository, config.PrdPath, headSha, options.MaxDocumentBytes, cancellationToken).ConfigureAwait(false),
            await github.GetFileAsync(repository, config.TrdPath, headSha, options.MaxDocumentBytes, cancellationToken).ConfigureAwait(false));

    /// <summary>
    /// A pull request PlanBot has not met touches a document when the head's version differs from the base branch's
    /// (added, changed or deleted). Only blob shas are compared: nothing is downloaded from the base.
    /// </summary>
    private async Task<bool> TouchesDocumentsAsync(RepositoryRef repository, RepositoryConfig config, HeadDocuments documents, string baseRef, CancellationToken cancellationToken)
    {
        if (documents.NeitherPresent)
        {
            return false;
        }

        // The present documents first: one differing is enough, and a new PRD/TRD is the common case.
        foreach (var (path, head) in new[] { (config.PrdPath, documents.Prd), (config.TrdPath, documents.Trd) }.OrderBy(d => d.Item2 is null))
        {
            var atBase = await github.GetFileAsync(repository, path, baseRef, 0, cancellationToken).ConfigureAwait(false);
            if (atBase?.Sha != head?.Sha)
            {
                return true;
            }
        }

        return false;
    }
}
