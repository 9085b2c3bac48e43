using System.Globalization;
using PlanBot.Core.Conversation.Comments;
using PlanBot.Core.Engine;
using PlanBot.Core.Ports;
using PlanBot.Core.Rendering;
using PlanBot.Core.Telemetry;
using PlanBot.Core.Text;

namespace PlanBot.Core.Conversation;

/// <summary>
/// Commits the plan: reads the documents at the head and the template on the default branch, has the
/// <see cref="PlanWriter"/> write <c>IMPLEMENTATION_PLAN.md</c>, and commits it in one commit, but only when its content
/// changed, and never over a plan somebody edited unless forced. A pull request from a fork gets the plan on a branch
/// of the base repository with its own pull request, because the App cannot push to the fork; when GitHub refuses
/// that write too (the App's permissions, repository rules), the plan goes into the summary comment.
/// </summary>
public sealed class PlanGenerator(IPullRequestGitHub github, ISessionStore sessions, IPlanEngine engine, PlanWriter writer, ConversationOptions options, PlanBotTelemetry telemetry)
{
    public async Task<PlanOutcome> GenerateAsync(PlanningSession session, PlanRequest request, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (session.PullRequest is not { } pullRequest || session.Questionnaire is not { } questionnaire)
        {
            return PlanOutcome.NotPossible;
        }

        var repository = RepositoryRef.Of(session.Key);
        var config = session.Config;
        var prd = await github.GetFileAsync(repository, config.PrdPath, pullRequest.HeadSha, options.MaxDocumentBytes, cancellationToken).ConfigureAwait(false);
        var trd = await github.GetFileAsync(repository, config.TrdPath, pullRequest.HeadSha, options.MaxDocumentBytes, cancellationToken).ConfigureAwait(false);
        if (prd?.Text is not { } prdText || trd?.Text is not { } trdText)
        {
            return PlanOutcome.NotPossible;
        }

        var notes = new List<string>();
        var template = await TemplateAsync(repository, session, notes, cancellationToken).ConfigureAwait(false);

        // The first plan's moment is kept, so regenerating from unchanged inputs gives the same bytes (no new commit);
        // before that, the request's moment, so a retry after a crash recognises the plan it already committed.
        var plannedAt = session.Plan?.PlannedAt ?? request.Claim.At;
        var written = writer.Write(new PlanInputs(engine.Analyze(prdText, trdText), questionnaire, session.Answers, config, template, request.Actor, plannedAt));
        if (written.TemplateError is { } error)
        {
            notes.Add($"The template {MarkdownText.Code(config.TemplatePath)} could not render the plan ({MarkdownText.Escape(error)}), so I used the built-in template.");
        }

        var (generated, content, assumptions) = (written.Plan, written.Markdown, written.Assumptions);
        var hash = ContentHash.Of(content);

        var fork = session.FromFork;
        var branch = fork ? session.Plan?.Branch ?? ForkBranch(session.Key) : pullRequest.HeadRef;
        CommittedPlan Describe(string blobSha, string? commitSha, int? planPullRequest, string? markdown = null) => new(
            config.PlanPath,
            branch,
            planPullRequest,
            blobSha,
            hash,
            commitSha,
            generated.Document.Phases.Count,
            generated.Document.Phases.Sum(p => p.Weeks.Count),
            generated.Document.Phases.Count == 0 ? null : generated.Document.Phases.Min(p => p.Start),
            generated.Document.Phases.Count == 0 ? null : generated.Document.Phases.Max(p => p.Due),
            assumptions,
            notes,
            plannedAt,
            markdown);

        // A plan that lives in the summary comment has no branch to compare with: its hash tells whether it changed.
        if (session.Plan is { InComment: true } shown && shown.ContentHash == hash)
        {
            return new PlanOutcome(PlanOutcomeKind.Unchanged, shown, null);
        }

        var existing = await github.GetFileAsync(repository, config.PlanPath, branch, options.MaxDocumentBytes, cancellationToken).ConfigureAwait(false);
        if (existing is not null && string.Equals(existing.Text, content, StringComparison.Ordinal))
        {
            var kept = session.Plan is { } plan && plan.BlobSha == existing.Sha ? plan.CommitSha : null;
            return new PlanOutcome(PlanOutcomeKind.Unchanged, Describe(existing.Sha, kept, session.Plan?.PullRequest), null);
        }

        if (existing is not null && existing.Sha != session.Plan?.BlobSha && !request.Force)
        {
            return new PlanOutcome(PlanOutcomeKind.HandEdited, null, existing.Sha);
        }

        try
        {
            if (fork && existing is null && session.Plan is null or { InComment: true })
            {
                await EnsureBranchAsync(repository, config.PrdPath, branch, pullRequest.HeadSha, cancellationToken).ConfigureAwait(false);
            }

            var message = existing is null ? "Add the implementation plan (PlanBot)" : "Update the implementation plan (PlanBot)";
            var body = $"{message}\n\nGenerated for #{Number(session.Key.PullRequest)} from the PRD and TRD at {pullRequest.HeadSha}; asked by {request.Actor} ({request.Reason}).";
            var commit = await github.CommitFileAsync(repository, new FileCommit(config.PlanPath, branch, content, body, existing?.Sha), cancellationToken).ConfigureAwait(false);
            var planPullRequest = session.Plan?.PullRequest;
            if (fork && planPullRequest is null)
            {
                planPullRequest = await OpenPlanPullRequestAsync(session, pullRequest, branch, Describe(commit.FileSha, commit.CommitSha, null), now, cancellationToken).ConfigureAwait(false);
            }

            telemetry.PlanGenerated(request.Trigger);
            return new PlanOutcome(PlanOutcomeKind.Committed, Describe(commit.FileSha, commit.CommitSha, planPullRequest), null);
        }
        catch (GitHubWriteRefusedException refused)
        {
            // Asking again would be refused again; the plan is still worth having, so people get it in the thread.
            notes.Add($"GitHub did not let me write to branch {MarkdownText.Code(branch)} of this repository ({MarkdownText.Escape(refused.Message)}), so the plan is in this comment.");
            telemetry.PlanGenerated(request.Trigger);
            var excerpt = SummaryCommentRenderer.CutAtLine(content, SummaryCommentRenderer.MaxCommentLength);
            return new PlanOutcome(PlanOutcomeKind.InComment, Describe(string.Empty, null, null, excerpt) with { MarkdownCut = excerpt.Length < content.Length }, null);
        }
    }

    private async Task<PlanTemplate?> TemplateAsync(RepositoryRef repository, PlanningSession session, List<string> notes, CancellationToken cancellationToken)
    {
        if (session.Config.TemplatePath is not { } path || session.PullRequest is not { } pullRequest)
        {
            return null;
        }

        var file = await github.GetFileAsync(repository, path, pullRequest.DefaultBranch, options.MaxTemplateBytes, cancellationToken).ConfigureAwait(false);
        if (file?.Text is { } text)
        {
            return PlanTemplate.FromFile(path, text);
        }

        notes.Add(file is null
            ? $"The template {MarkdownText.Code(path)} set in `.github/planbot.yml` is not on {MarkdownText.Code(pullRequest.DefaultBranch)}, so I used the built-in template."
            : $"The template {MarkdownText.Code(path)} is larger than {Comments.ByteSize.Format(options.MaxTemplateBytes)}, so I used the built-in template.");
        return null;
    }

    /// <summary>
    /// The plan branch starts at the fork's head (GitHub keeps a pull request's commits in the base repository). A
    /// retry after a crash may find it already made: the PRD read through it tells.
    /// </summary>
    private async Task EnsureBranchAsync(RepositoryRef repository, string probePath, string branch, string sha, CancellationToken cancellationToken)
    {
        if (await github.GetFileAsync(repository, probePath, branch, 0, cancellationToken).ConfigureAwait(false) is null)
        {
            await github.CreateBranchAsync(repository, branch, sha, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Opens the plan's pull request and starts a session for it, so merging it publishes the plan.</summary>
    private async Task<int> OpenPlanPullRequestAsync(
        PlanningSession session,
        PullRequestSnapshot pullRequest,
        string branch,
        CommittedPlan plan,
        DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var number = Number(session.Key.PullRequest);
        var body = $"PlanBot's implementation plan for #{number}, which comes from a fork where PlanBot cannot push. "
            + $"This branch starts from the head of #{number} and adds `{plan.Path}`; merge it after #{number}. "
            + "When it is merged, PlanBot publishes the plan as milestones and issues.";
        var created = await github.CreatePullRequestAsync(
            RepositoryRef.Of(session.Key), $"Implementation plan for #{number}", branch, pullRequest.BaseRef, body, cancellationToken).ConfigureAwait(false);
        var planSession = PlanningSession.Start(session.Key with { PullRequest = created }, now) with
        {
            State = PlanningSessionState.PlanCommitted,
            RepositoryUrl = session.RepositoryUrl,
            Config = session.Config,
            Plan = plan with { PullRequest = created },
        };
        try
        {
            await sessions.SaveAsync(planSession, null, cancellationToken).ConfigureAwait(false);
        }
        catch (ConcurrencyConflictException)
        {
            // Its own opened event (sent by PlanBot, so ignored) cannot have made it; a retry of this delivery did.
        }

        return created;
    }

    private static string ForkBranch(SessionKey key) => $"planbot/plan-for-pr-{Number(key.PullRequest)}";

    private static string Number(int number) => number.ToString(CultureInfo.InvariantCulture);
}
