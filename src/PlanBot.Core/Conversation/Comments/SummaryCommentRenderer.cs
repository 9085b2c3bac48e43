using System.Globalization;
using System.Text;
using PlanBot.Core.Rendering;

namespace PlanBot.Core.Conversation.Comments;

/// <summary>
/// The comment that links the committed plan, lists the assumptions it rests on, and says when PlanBot kept its hands
/// off a plan somebody edited. One per pull request, updated in place.
/// </summary>
public static class SummaryCommentRenderer
{
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

        text.Append("The plan is yours to edit: I never overwrite a change made by hand unless someone with write access comments `/planbot regenerate --force`. ");
        text.Append("When the pull request that carries the plan is merged, I publish it: one milestone per phase and one issue per week.\n");
        return text.ToString();
    }

    private static void Written(StringBuilder text, PlanningSession session, CommittedPlan plan)
    {
        var link = session.RepositoryUrl is null ? MarkdownText.Code(plan.Path) : $"[{MarkdownText.Code(plan.Path)}]({PlanLinks.File(session.RepositoryUrl, plan)})";
        text.Append("I wrote ").Append(link).Append(" on branch ").Append(MarkdownText.Code(plan.Branch));
        if (plan.CommitSha is { } commit)
        {
            text.Append(" in commit ").Append(commit.AsSpan(0, Math.Min(7, commit.Length)));
        }

        text.Append(": ").Append(Count(plan.Phases, "phase")).Append(", ").Append(Count(plan.Weeks, "week"));
        if (plan.Start is { } start && plan.End is { } end)
        {
            text.Append(", ").Append(Day(start)).Append(" → ").Append(Day(end));
        }

        text.Append(".\n\n");
        if (plan.PullRequest is { } number && number != session.Key.PullRequest)
        {
            text.Append("This pull request comes from a fork, where I cannot push, so the plan is in #")
                .Append(number.ToString(CultureInfo.InvariantCulture))
                .Append(" (a branch of this repository that starts from this pull request's head). Merge it after this one to keep the plan.\n\n");
        }

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
