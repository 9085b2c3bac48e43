using System.Globalization;
using System.Net;
using System.Text;
using PlanBot.Core.Rendering;

namespace PlanBot.Core.Conversation.Comments;

/// <summary>
/// The comment that links the committed plan, lists the assumptions it rests on, and says when PlanBot kept its hands
/// off a plan somebody edited. One per pull request, updated in place.
/// </summary>
public static class SummaryCommentRenderer
{
    /// <summary>GitHub refuses a comment body longer than this many characters.</summary>
    public const int MaxCommentLength = 65_536;

    // Room for the lines that close a cut plan and say how much was left out.
    private const int CutNoteLength = 400;

    /// <summary>The body for <paramref name="session"/>, or null before there is a plan to talk about.</summary>
    public static string? Render(PlanningSession session)
    {
        var plan = session.Plan;
        if (plan is null && session.HandEditedPlanSha is null)
        {
            return null;
        }

        var text = new StringBuilder();
        text.Append(CommentMarkers.Summary).Append('\n');
        text.Append("## PlanBot — implementation plan\n\n");
        if (plan is not null)
        {
            Written(text, session, plan);
        }

        if (session.HandEditedPlanSha is { } edited)
        {
            HandEdited(text, session, plan, edited);
        }

        if (plan is { Markdown: { } markdown })
        {
            text.Append("Add it to the repository as ").Append(MarkdownText.Code(plan.Path))
                .Append(" in a pull request of its own; when that pull request is merged, I publish the plan: one milestone per phase and one issue per week.\n\n");
            Embedded(text, plan, markdown);
            return text.ToString();
        }

        text.Append("The plan is yours to edit: I never overwrite a change made by hand unless someone with write access comments `/planbot regenerate --force`. ");
        text.Append("When the pull request that carries the plan is merged, I publish it: one milestone per phase and one issue per week.\n");
        return text.ToString();
    }

    /// <summary>
    /// The plan as a fenced block in a collapsed section, so it can be copied as it is. The fence is longer than any
    /// backtick run in the plan (its demo scenarios hold fenced code); a plan longer than the comment can hold is cut at
    /// a line, and the cut is said.
    /// </summary>
    private static void Embedded(StringBuilder text, CommittedPlan plan, string markdown)
    {
        var fence = MarkdownText.Fence(markdown);
        text.Append("<details><summary><code>").Append(WebUtility.HtmlEncode(plan.Path)).Append("</code></summary>\n\n").Append(fence).Append("markdown\n");
        var shown = CutAtLine(markdown, MaxCommentLength - text.Length - CutNoteLength);
        text.Append(shown);
        if (!shown.EndsWith('\n'))
        {
            text.Append('\n');
        }

        text.Append(fence).Append("\n\n</details>\n");
        if (plan.MarkdownCut || shown.Length < markdown.Length)
        {
            text.Append("\n⚠️ The plan is longer than a comment can hold, so it stops after line ")
                .Append(shown.Count(c => c == '\n').ToString(CultureInfo.InvariantCulture))
                .Append(". Once PlanBot may write to a branch of this repository, `/planbot regenerate` commits the whole plan.\n");
        }
    }

    /// <summary>The longest start of <paramref name="markdown"/> that ends a line and fits in <paramref name="room"/> characters.</summary>
    public static string CutAtLine(string markdown, int room) =>
        markdown.Length <= room ? markdown : markdown[..(markdown.LastIndexOf('\n', Math.Clamp(room - 1, 0, markdown.Length - 1)) + 1)];

    private static void Written(StringBuilder text, PlanningSession session, CommittedPlan plan)
    {
        if (plan.InComment)
        {
            text.Append("Here is the implementation plan: ").Append(Count(plan.Phases, "phase")).Append(", ").Append(Count(plan.Weeks, "week"));
            Span(text, plan);
            text.Append(". I could not commit it (see below), so it is at the end of this comment.\n\n");
            AssumptionsAndNotes(text, plan);
            return;
        }

        var link = session.RepositoryUrl is null ? MarkdownText.Code(plan.Path) : $"[{MarkdownText.Code(plan.Path)}]({PlanLinks.File(session.RepositoryUrl, plan)})";
        text.Append("I wrote ").Append(link).Append(" on branch ").Append(MarkdownText.Code(plan.Branch));
        if (plan.CommitSha is { } commit)
        {
            text.Append(" in commit ").Append(commit.AsSpan(0, Math.Min(7, commit.Length)));
        }

        text.Append(": ").Append(Count(plan.Phases, "phase")).Append(", ").Append(Count(plan.Weeks, "week"));
        Span(text, plan);
        text.Append(".\n\n");
        if (plan.PullRequest is { } number && number != session.Key.PullRequest)
        {
            text.Append("This pull request comes from a fork, where I cannot push, so the plan is in #")
                .Append(number.ToString(CultureInfo.InvariantCulture))
                .Append(" (a branch of this repository that starts from this pull request's head). Merge it after this one to keep the plan.\n\n");
        }

        AssumptionsAndNotes(text, plan);
    }

    private static void Span(StringBuilder text, CommittedPlan plan)
    {
        if (plan.Start is { } start && plan.End is { } end)
        {
            text.Append(", ").Append(Day(start)).Append(" → ").Append(Day(end));
        }
    }

    private static void AssumptionsAndNotes(StringBuilder text, CommittedPlan plan)
    {
        if (plan.Assumptions.Count > 0)
        {
            text.Append("**Assumptions.** Nobody answered these questions, so the plan uses their defaults; answer them in this thread and I update the plan:\n\n");
            foreach (var assumption in plan.Assumptions)
            {
                text.Append("- ").Append(MarkdownText.Code(assumption.QuestionId)).Append(": ").Append(MarkdownText.Escape(assumption.Value)).Append('\n');
            }

            text.Append('\n');
        }

        foreach (var note in plan.Notes)
        {
            text.Append("ℹ️ ").Append(note).Append("\n\n");
        }
    }

    private static void HandEdited(StringBuilder text, PlanningSession session, CommittedPlan? plan, string editedSha)
    {
        var path = plan?.Path ?? session.Config.PlanPath;
        text.Append("⚠️ **").Append(MarkdownText.Code(path)).Append(" was changed by hand** (blob ").Append(editedSha.AsSpan(0, Math.Min(7, editedSha.Length)))
            .Append(plan is null ? ", not written by me" : ", not the one I wrote")
            .Append("), so I did not replace it with the regenerated plan. Keep editing it, or comment `/planbot regenerate --force` to replace it with the regenerated plan; the edits would be lost.\n\n");
    }

    private static string Count(int count, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {noun}{(count == 1 ? string.Empty : "s")}");

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
