using PlanBot.Core.Conversation.Comments;
using PlanBot.Core.Ports;
using PlanBot.Core.Text;

namespace PlanBot.Core.Conversation;

/// <summary>
/// Brings GitHub in line with a saved session, one step at a time, saving after each: posts the outbox (replies,
/// decisions, publishes), writes a requested plan, creates or updates PlanBot's comments when their body changed, and
/// sets the commit status. Whatever is already done is not done again, so running it after a redelivery or a crash
/// only finishes what is missing; work claimed by another delivery is left to it.
/// </summary>
public sealed class ConversationDriver(
    IPullRequestGitHub github,
    ISessionStore sessions,
    IDecisionLog decisions,
    IPublishScheduler publisher,
    PlanGenerator generator,
    ConversationOptions options,
    TimeProvider clock)
{
    /// <summary>More than the steps one session ever needs (outbox, plan, three comments created, status), with room for races.</summary>
    private const int MaxSteps = 40;

    private readonly IReadOnlyList<CommentSlot> slots = CommentSlot.All(options);

    public async Task<StoredSession> DriveAsync(StoredSession stored, string deliveryId, CancellationToken cancellationToken)
    {
        // Replies this run marked as attempted itself: nobody can have posted them yet, so they need no search.
        var markedHere = new HashSet<string>(StringComparer.Ordinal);
        for (var step = 0; step < MaxSteps; step++)
        {
            var next = await StepAsync(stored, deliveryId, markedHere, cancellationToken).ConfigureAwait(false);
            if (next is null)
            {
                return stored;
            }

            stored = next;
        }

        throw new InvalidOperationException($"The session of {stored.Session.Key} did not settle in {MaxSteps} steps.");
    }

    /// <returns>The session after one piece of work, or null when there is nothing left to do.</returns>
    private async Task<StoredSession?> StepAsync(StoredSession stored, string deliveryId, HashSet<string> markedHere, CancellationToken cancellationToken)
    {
        var session = stored.Session;
        var now = clock.GetUtcNow();
        var due = session.Outbox.Where(i => i.Claim.Allows(deliveryId, now, options.ClaimTimeout)).ToList();
        var unmarked = due.OfType<ReplyItem>().Where(r => !r.Attempted).Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        if (unmarked.Count > 0)
        {
            markedHere.UnionWith(unmarked);
            return await SaveAsync(
                session.Key,
                s => s with { Outbox = s.Outbox.Select(i => i is ReplyItem r && unmarked.Contains(r.Id) ? r with { Attempted = true } : i).ToValueList() },
                cancellationToken).ConfigureAwait(false);
        }

        if (due.Count > 0)
        {
            await SendAsync(session, due, markedHere, cancellationToken).ConfigureAwait(false);
            var sent = due.Select(i => i.Id).ToHashSet(StringComparer.Ordinal);
            return await SaveAsync(session.Key, s => s with { Outbox = s.Outbox.Where(i => !sent.Contains(i.Id)).ToValueList() }, cancellationToken).ConfigureAwait(false);
        }

        if (session.PlanRequest is { } request && request.Claim.Allows(deliveryId, now, options.ClaimTimeout) && session.State != PlanningSessionState.Closed)
        {
            var outcome = await generator.GenerateAsync(session, request, now, cancellationToken).ConfigureAwait(false);
            return await SaveAsync(session.Key, s => outcome.ApplyTo(s, request, deliveryId, clock.GetUtcNow()), cancellationToken).ConfigureAwait(false);
        }

        if (session.State == PlanningSessionState.Closed)
        {
            return null;
        }

        foreach (var slot in slots)
        {
            var written = await WriteCommentAsync(stored, slot, deliveryId, cancellationToken).ConfigureAwait(false);
            if (written is not null)
            {
                return written;
            }
        }

        if (CommitStatusPolicy.For(session) is var (sha, status) && CommitStatusPolicy.Key(sha, status) is var key && key != session.PostedStatus)
        {
            await github.SetCommitStatusAsync(RepositoryRef.Of(session.Key), sha, status, cancellationToken).ConfigureAwait(false);
            return await SaveAsync(session.Key, s => s with { PostedStatus = key }, cancellationToken).ConfigureAwait(false);
        }

        return null;
    }

    private async Task SendAsync(PlanningSession session, List<OutboxItem> items, HashSet<string> markedHere, CancellationToken cancellationToken)
    {
        var repository = RepositoryRef.Of(session.Key);
        foreach (var item in items)
        {
            switch (item)
            {
                case ReplyItem reply:
                    var marker = CommentMarkers.ReplyItem(reply.Id);
                    if (markedHere.Contains(reply.Id)
                        || await github.FindCommentAsync(repository, session.Key.PullRequest, marker, cancellationToken).ConfigureAwait(false) is null)
                    {
                        await github.CreateCommentAsync(repository, session.Key.PullRequest, reply.Body + "\n" + marker + "\n", cancellationToken).ConfigureAwait(false);
                    }

                    break;
                case DecisionItem decision:
                    await decisions.AppendAsync(decision.Decision, cancellationToken).ConfigureAwait(false);
                    break;
                case PublishItem publish:
                    await publisher.ScheduleAsync(publish.Request, cancellationToken).ConfigureAwait(false);
                    break;
                default:
                    throw new InvalidOperationException($"Unknown outbox item {item.GetType().Name}.");
            }
        }
    }

    /// <returns>The session after writing the slot's comment, or null when it is up to date or another delivery is creating it.</returns>
    private async Task<StoredSession?> WriteCommentAsync(StoredSession stored, CommentSlot slot, string deliveryId, CancellationToken cancellationToken)
    {
        var session = stored.Session;
        if (slot.Body(session) is not { } body)
        {
            return null;
        }

        var hash = ContentHash.Of(body);
        var owned = slot.Get(session);
        if (owned.BodyHash == hash)
        {
            return null;
        }

        var repository = RepositoryRef.Of(session.Key);
        if (owned.Id is { } id)
        {
            await github.UpdateCommentAsync(repository, id, body, cancellationToken).ConfigureAwait(false);
            return await SaveAsync(session.Key, s => slot.Set(s, slot.Get(s) with { BodyHash = hash }), cancellationToken).ConfigureAwait(false);
        }

        // Claim the creation first, so two deliveries processed at once never both create the comment.
        var now = clock.GetUtcNow();
        var claimed = await SaveAsync(
            session.Key,
            s => slot.Get(s) is { Id: null } current && (current.Creating is null || current.Creating.Allows(deliveryId, now, options.ClaimTimeout))
                ? slot.Set(s, current with { Creating = new WorkClaim(deliveryId, now) })
                : s,
            cancellationToken).ConfigureAwait(false);
        if (slot.Get(claimed.Session) is not { Id: null, Creating: { } claim } || claim.DeliveryId != deliveryId)
        {
            return null;
        }

        // An earlier claim means an earlier try may have created the comment and lost GitHub's answer: look for it first,
        // and the next step brings its body up to date.
        if (owned.Creating is not null
            && await github.FindCommentAsync(repository, session.Key.PullRequest, slot.Marker, cancellationToken).ConfigureAwait(false) is { } found)
        {
            return await SaveAsync(session.Key, s => slot.Set(s, new OwnedComment(found, null, null)), cancellationToken).ConfigureAwait(false);
        }

        var created = await github.CreateCommentAsync(repository, session.Key.PullRequest, body, cancellationToken).ConfigureAwait(false);
        return await SaveAsync(session.Key, s => slot.Set(s, new OwnedComment(created, hash, null)), cancellationToken).ConfigureAwait(false);
    }

    private Task<StoredSession> SaveAsync(SessionKey key, Func<PlanningSession, PlanningSession> change, CancellationToken cancellationToken) =>
        PlanningSessionUpdater.UpdateAsync(
            sessions,
            key,
            current => change(current ?? throw new InvalidOperationException($"The session of {key} was deleted while it was in use.")),
            cancellationToken);
}
