using PlanBot.Core.Engine;

namespace PlanBot.Core.Conversation;

/// <summary>
/// The plan PlanBot last wrote: where (<see cref="Branch"/>; for a pull request from a fork a branch of the base
/// repository with its own <see cref="PullRequest"/>), the blob sha it left there (a different sha on the branch
/// means somebody edited it), the hash of its content, and what it contained. <see cref="PlannedAt"/> is kept for
/// regenerations, so a plan whose inputs did not change comes out byte for byte the same. When GitHub refused to let
/// PlanBot write the plan to a branch, <see cref="Markdown"/> holds it and it lives in the summary comment instead:
/// no more of it than a comment can show (<see cref="MarkdownCut"/> says whether some was left out), so the session
/// still fits its table row.
/// </summary>
public sealed record CommittedPlan(
    string Path,
    string Branch,
    int? PullRequest,
    string BlobSha,
    string ContentHash,
    string? CommitSha,
    int Phases,
    int Weeks,
    DateOnly? Start,
    DateOnly? End,
    ValueList<Assumption> Assumptions,
    ValueList<string> Notes,
    DateTimeOffset PlannedAt,
    string? Markdown = null,
    bool MarkdownCut = false)
{
    /// <summary>Whether the plan is only in the summary comment, because GitHub refused the branch write.</summary>
    public bool InComment => Markdown is not null;
}
