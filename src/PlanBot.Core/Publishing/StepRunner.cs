using System.Globalization;
using PlanBot.Core.Ports;
using PlanBot.Core.Tracking;

namespace PlanBot.Core.Publishing;

/// <summary>
/// Turns one <see cref="ChangeOperation"/> into its GitHub requests — one each, except closing an issue, which is a
/// comment and then the close — skipping those the checkpoint has as done and checkpointing each one sent. Step keys
/// are the operation's key prefixed with the stage, as two stages may hold the same operation (the tracker update).
/// </summary>
internal sealed class StepRunner(ITrackingGitHub github, RunLease lease, ChangeRun run)
{
    private RepositoryRef Repository => run.Repository;

    /// <summary>Write requests sent so far.</summary>
    public int Requests { get; private set; }

    /// <summary>Steps finished and checkpointed so far.</summary>
    public int StepsDone { get; private set; }

    public async Task RunAsync(int stage, ChangeOperation operation, ActualState actual, CancellationToken cancellationToken)
    {
        var key = string.Create(CultureInfo.InvariantCulture, $"{stage}/{operation.Key}");
        switch (operation)
        {
            case CreateLabel create:
                await WriteAsync(key, async () =>
                {
                    await github.CreateLabelAsync(Repository, create.Label, cancellationToken).ConfigureAwait(false);
                    return null;
                }, cancellationToken).ConfigureAwait(false);
                break;
            case CreateMilestone create:
                await WriteAsync(key, async () =>
                {
                    var number = await github.CreateMilestoneAsync(Repository, new MilestoneDraft(create.Title, create.Description, create.Due), cancellationToken).ConfigureAwait(false);
                    return new CreatedObject(create.Target, number, 0);
                }, cancellationToken).ConfigureAwait(false);
                break;
            case UpdateMilestone update:
                var milestoneChange = new MilestoneChange(update.Title, update.Description, update.Due, update.Reopen ? RemoteState.Open : null);
                await WriteAsync(key, () => Patch(github.UpdateMilestoneAsync(Repository, update.Number, milestoneChange, cancellationToken)), cancellationToken).ConfigureAwait(false);
                break;
            case CloseMilestone close:
                var closing = new MilestoneChange(Description: close.Description, State: RemoteState.Closed);
                await WriteAsync(key, () => Patch(github.UpdateMilestoneAsync(Repository, Number(close.Milestone), closing, cancellationToken)), cancellationToken).ConfigureAwait(false);
                break;
            case CreateIssue create:
                await WriteAsync(key, async () =>
                {
                    var draft = new IssueDraft(create.Title, create.Body, create.Labels, create.Milestone is null ? null : Number(create.Milestone));
                    var ids = await github.CreateIssueAsync(Repository, draft, cancellationToken).ConfigureAwait(false);
                    return new CreatedObject(create.Target, ids.Number, ids.DatabaseId);
                }, cancellationToken).ConfigureAwait(false);
                break;
            case UpdateIssue update:
                var issueChange = new IssueChange(update.Title, update.Body, update.Labels, update.Milestone is null ? null : Number(update.Milestone), update.Reopen ? RemoteState.Open : null);
                await WriteAsync(key, () => Patch(github.UpdateIssueAsync(Repository, Number(update.Issue), issueChange, cancellationToken)), cancellationToken).ConfigureAwait(false);
                break;
            case CloseIssue close:
                await CommentAsync(key + "/comment", Number(close.Issue), close.Comment, cancellationToken).ConfigureAwait(false);
                var closed = new IssueChange(Body: close.Body, State: RemoteState.Closed);
                await WriteAsync(key, () => Patch(github.UpdateIssueAsync(Repository, Number(close.Issue), closed, cancellationToken)), cancellationToken).ConfigureAwait(false);
                break;
            case Comment comment:
                await CommentAsync(key, Number(comment.Issue), comment.Body, cancellationToken).ConfigureAwait(false);
                break;
            case AddSubIssue add:
                var child = DatabaseId(add.Child, actual);
                await WriteAsync(key, () => Patch(github.AddSubIssueAsync(Repository, Number(add.Parent), child, add.ReplaceParent, cancellationToken)), cancellationToken).ConfigureAwait(false);
                break;
            default:
                throw new InvalidOperationException($"No GitHub request for {operation.GetType().Name}.");
        }
    }

    /// <summary>The hidden line that tells a comment of this run and step apart from every other.</summary>
    internal static string CommentMarker(string runId, string step) => $"<!-- planbot:run:{runId}:{step} -->";

    private static async Task<CreatedObject?> Patch(Task request)
    {
        await request.ConfigureAwait(false);
        return null;
    }

    private async Task WriteAsync(string step, Func<Task<CreatedObject?>> request, CancellationToken cancellationToken)
    {
        if (lease.IsDone(step))
        {
            return;
        }

        Requests++;
        var made = await request().ConfigureAwait(false);
        await FinishAsync(step, made, cancellationToken).ConfigureAwait(false);
    }

    // A comment is not state a re-read shows, so it alone is marked in flight before it is sent: after an answer that
    // never came, the marker tells whether it went through.
    private async Task CommentAsync(string step, int issue, string body, CancellationToken cancellationToken)
    {
        if (lease.IsDone(step))
        {
            return;
        }

        var marker = CommentMarker(run.RunId, step);
        if (lease.InFlight == step && await github.HasCommentAsync(Repository, issue, marker, cancellationToken).ConfigureAwait(false))
        {
            await FinishAsync(step, null, cancellationToken).ConfigureAwait(false);
            return;
        }

        await lease.BeginAsync(step, cancellationToken).ConfigureAwait(false);
        Requests++;
        await github.CreateCommentAsync(Repository, issue, body.TrimEnd() + "\n\n" + marker + "\n", cancellationToken).ConfigureAwait(false);
        await FinishAsync(step, null, cancellationToken).ConfigureAwait(false);
    }

    private async Task FinishAsync(string step, CreatedObject? made, CancellationToken cancellationToken)
    {
        await lease.FinishAsync(step, made, cancellationToken).ConfigureAwait(false);
        StepsDone++;
    }

    private int Number(ObjectRef reference) =>
        reference.Number
        ?? (lease.Created.TryGetValue(reference.Target, out var made) ? made.Number : throw Unresolved(reference));

    private long DatabaseId(ObjectRef reference, ActualState actual)
    {
        if (lease.Created.TryGetValue(reference.Target, out var made) && made.DatabaseId != 0)
        {
            return made.DatabaseId;
        }

        var number = Number(reference);
        return actual.Issues.FirstOrDefault(issue => issue.Number == number)?.DatabaseId ?? throw Unresolved(reference);
    }

    private static InvalidOperationException Unresolved(ObjectRef reference) =>
        new($"The change refers to {reference}, which neither exists nor was created by this run.");
}
