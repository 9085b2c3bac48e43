using PlanBot.Core.Conversation.Commands;
using PlanBot.Core.Ports;

namespace PlanBot.Core.Conversation;

/// <summary>
/// Journey steps 2 and 3: a comment on a pull request with a PlanBot conversation. Reads answers in any form and
/// <c>/planbot</c> commands, asks GitHub for the commenter's permission only when a command or an automatic plan
/// needs it, reacts 👀 to commands, and lets the driver update the scoping comment, post the one reply and write the
/// plan. Comments by bots, including PlanBot's own, are ignored, except the boxes somebody ticks in PlanBot's
/// scoping comment. Commands run from new comments only: editing a comment does not run its commands again. On an
/// issue (PlanBot's tracker and week issues) only <c>help</c> and <c>publish</c> mean something. A command on a pull
/// request PlanBot has no conversation for (it was opened before PlanBot was installed) first reads the pull request as
/// its opening would have.
/// </summary>
public sealed class CommentConversation(
    IPullRequestGitHub github,
    ISessionStore sessions,
    PullRequestConversation pullRequests,
    ConversationDriver driver,
    CommentTransition transition,
    TimeProvider clock)
{
    public const string QueuedReaction = "eyes";

    public async Task<ConversationResult> HandleAsync(CommentActivity comment, CancellationToken cancellationToken)
    {
        if (comment.Sender.IsBot)
        {
            return ConversationResult.Ignored($"sent by the bot {comment.Sender.Login}");
        }

        var stored = await sessions.GetAsync(comment.Key, cancellationToken).ConfigureAwait(false);
        if (comment.ByBot && stored?.Session.ScopingComment.Id != comment.CommentId)
        {
            return ConversationResult.Ignored($"a comment by the bot {comment.Author.Login}");
        }

        if (stored is not null && stored.Session.HasApplied(comment.DeliveryId))
        {
            await driver.DriveAsync(stored, comment.DeliveryId, cancellationToken).ConfigureAwait(false);
            return new ConversationResult(ConversationOutcome.AlreadyApplied, "delivery applied before; unfinished work completed");
        }

        var commands = comment.Action == CommentAction.Created && !comment.ByBot
            ? CommandParser.Parse(comment.Body)
            : ParsedCommands.None;
        if (!comment.OnPullRequest)
        {
            // On an issue (PlanBot's tracker and week issues) there is nothing to answer: help and publish only.
            commands = new ParsedCommands(commands.Commands.Where(c => c.Kind is CommandKind.Help or CommandKind.Publish).ToValueList(), ValueList<UnknownCommand>.Empty, ValueList<CommandProblem>.Empty);
            if (commands.IsEmpty)
            {
                return ConversationResult.Ignored("a comment on an issue without help or publish");
            }
        }

        if (stored is null && comment.OnPullRequest && !commands.IsEmpty)
        {
            stored = await CatchUpAsync(comment, cancellationToken).ConfigureAwait(false);
        }

        if (stored is null && commands.IsEmpty)
        {
            return ConversationResult.Ignored("no PlanBot conversation on this pull request");
        }

        var now = clock.GetUtcNow();
        var current = stored?.Session ?? PlanningSession.Start(comment.Key, now);
        var trial = transition.Apply(current, comment, commands, null, now);
        if (!trial.Relevant)
        {
            return ConversationResult.Ignored("no answers or commands");
        }

        var repository = RepositoryRef.Of(comment.Key);
        RepositoryPermission? permission = trial.NeedsPermission
            ? await github.GetPermissionAsync(repository, comment.Sender.Login, cancellationToken).ConfigureAwait(false)
            : null;
        if (commands.Commands.Count > 0)
        {
            await github.AddReactionAsync(repository, comment.CommentId, QueuedReaction, cancellationToken).ConfigureAwait(false);
        }

        // A race can make the permission matter only now (another reply completed the answers): without it, no automatic plan.
        stored = await PlanningSessionUpdater.UpdateAsync(
            sessions,
            comment.Key,
            latest => transition.Apply(latest ?? PlanningSession.Start(comment.Key, now), comment, commands, permission ?? RepositoryPermission.None, now).Session,
            cancellationToken).ConfigureAwait(false);
        await driver.DriveAsync(stored, comment.DeliveryId, cancellationToken).ConfigureAwait(false);
        return new ConversationResult(ConversationOutcome.Applied, stored.Session.State.ToString());
    }

    /// <summary>
    /// The pull request read now, as if it had just been opened: documents found, questions asked. Its own delivery id
    /// (derived from the comment's) keeps the comment's still to be applied. Null when it is closed, a draft or touches
    /// neither document, which the command's reply then says.
    /// </summary>
    private async Task<StoredSession?> CatchUpAsync(CommentActivity comment, CancellationToken cancellationToken)
    {
        if (await github.GetPullRequestAsync(RepositoryRef.Of(comment.Key), comment.Key.PullRequest, cancellationToken).ConfigureAwait(false) is not { } pullRequest)
        {
            return null;
        }

        var opened = new PullRequestActivity(
            comment.DeliveryId + ":catch-up", comment.Key, PullRequestAction.Opened, pullRequest, comment.At, comment.RepositoryUrl ?? string.Empty, comment.Sender);
        await pullRequests.HandleAsync(opened, cancellationToken).ConfigureAwait(false);
        return await sessions.GetAsync(comment.Key, cancellationToken).ConfigureAwait(false);
    }
}
