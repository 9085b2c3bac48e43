using System.Text;
using PlanBot.Core.Configuration;
using PlanBot.Core.Documents;
using PlanBot.Core.Rendering;

namespace PlanBot.Core.Conversation.Comments;

/// <summary>
/// The comment about what stops PlanBot, or makes it fall back to defaults: a missing or oversized document, an
/// invalid <c>.github/planbot.yml</c>. Written once and updated in place, also to say when all is well again.
/// </summary>
public static class NoticeCommentRenderer
{

    /// <summary>The body for <paramref name="session"/>, or null when there is nothing to say and no comment to update.</summary>
    public static string? Render(PlanningSession session, long maxDocumentBytes)
    {
        var documents = session.DocumentProblems;
        var config = session.ConfigProblems;
        if (documents.Count == 0 && config.Count == 0)
        {
            return session.NoticeComment.Id is null ? null : Resolved();
        }

        var text = new StringBuilder();
        text.Append(CommentMarkers.Notice).Append('\n');
        text.Append("## PlanBot — before I can plan\n\n");
        Missing(text, session);
        foreach (var problem in documents.Where(p => p.Kind == DocumentProblemKind.TooLarge))
        {
            text.Append("**").Append(Name(problem.Document)).Append(" too large:** ").Append(MarkdownText.Code(problem.Path))
                .Append(" is ").Append(ByteSize.Format(problem.Size)).Append("; I read documents up to ").Append(ByteSize.Format(maxDocumentBytes))
                .Append(". Move long appendices (data dumps, generated listings, pasted logs) into separate files and link them from the document.\n\n");
        }

        if (config.Count > 0)
        {
            text.Append("**").Append(MarkdownText.Code(RepositoryConfig.Path))
                .Append(" on the default branch has problems**, so the built-in defaults apply until it is fixed:\n\n");

            // The reader's messages are PlanBot's own Markdown (keys in backticks), quoting only the file's text.
            BulletList.Append(text, config.Select(problem => problem.Line > 0
                ? $"line {problem.Line.ToString(System.Globalization.CultureInfo.InvariantCulture)}: {MarkdownText.Code(problem.Text)} — {problem.Message}"
                : problem.Message).ToList());
            text.Append('\n');
        }

        text.Append("I update this comment when something changes.\n");
        return text.ToString();
    }

    private static void Missing(StringBuilder text, PlanningSession session)
    {
        var missing = session.DocumentProblems.Where(p => p.Kind == DocumentProblemKind.Missing).ToList();
        if (missing.Count == 0)
        {
            return;
        }

        var config = session.Config;
        if (missing.Count == 2)
        {
            text.Append("**Both documents are missing:** I found neither the PRD (").Append(MarkdownText.Code(config.PrdPath))
                .Append(") nor the TRD (").Append(MarkdownText.Code(config.TrdPath)).Append(") at the head of this pull request.\n\n");
        }
        else
        {
            var absent = missing[0];
            var present = absent.Document == DocumentKind.Prd ? DocumentKind.Trd : DocumentKind.Prd;
            var presentPath = present == DocumentKind.Prd ? config.PrdPath : config.TrdPath;
            text.Append("**The ").Append(Name(absent.Document)).Append(" is missing:** I found the ").Append(Name(present)).Append(" (")
                .Append(MarkdownText.Code(presentPath)).Append(") but no ").Append(Name(absent.Document)).Append(" at ")
                .Append(MarkdownText.Code(absent.Path)).Append(" at the head of this pull request.\n\n");
        }

        text.Append("The plan needs both: the PRD says what to build and why (requirements, priorities, success criteria), ")
            .Append("the TRD says how (architecture, endpoints, data, performance targets), and every week of the plan is made from both. ")
            .Append("Add ").Append(missing.Count == 2 ? "them" : "it").Append(" to this branch and I carry on by myself. ")
            .Append("If your documents live elsewhere, set `documents.prd` and `documents.trd` in ")
            .Append(MarkdownText.Code(RepositoryConfig.Path)).Append(" on the default branch.\n\n");
    }

    private static string Resolved() =>
        $"{CommentMarkers.Notice}\n## PlanBot — before I can plan\n\n✅ Nothing stops me any more: both documents can be read and {MarkdownText.Code(RepositoryConfig.Path)} is valid (or absent).\n";

    internal static string Name(DocumentKind document) => document == DocumentKind.Prd ? "PRD" : "TRD";
}
