using System.Globalization;
using System.Text;
using PlanBot.Core.Conversation.Commands;
using PlanBot.Core.Ports;
using PlanBot.Core.Rendering;
using PlanBot.Core.Scoping.Answers;

namespace PlanBot.Core.Conversation.Comments;

/// <summary>
/// The paragraphs of PlanBot's replies to a comment (help, status, refusals, "did you mean", follow-ups for answers it
/// could not use), and the reply that holds them: one reply per comment, whatever it contained.
/// </summary>
public static class ReplyRenderer
{
    public static string Compose(string login, IEnumerable<string> paragraphs) =>
        $"{CommentMarkers.Reply}\n@{login}\n\n{string.Join("\n\n", paragraphs.Select(p => p.TrimEnd('\n')))}\n";

    public static string Help() =>
        """
        Here is what I understand. Each command goes on a line of its own, outside quotes and code blocks.

        | Command | What it does | Who |
        |---|---|---|
        | `/planbot help` | Shows this list. | anyone |
        | `/planbot status` | Says where the answers and the plan stand. | anyone |
        | `/planbot answer <id> <value>` | Answers one question, e.g. `/planbot answer team.size 3 backend + 1 QA`. | anyone |
        | `/planbot skip <id>` | Accepts a question's default. | anyone |
        | `/planbot generate` | Writes the plan now; unanswered questions take their defaults, listed as assumptions. | write access |
        | `/planbot regenerate [--force]` | Writes the plan again; `--force` replaces a plan that was edited by hand. | write access |
        | `/planbot publish` | Turns the plan on the default branch into milestones and issues. | write access |
        | `/planbot reset` | Forgets the answers and asks the questions again. | write access |

        Answers can also be given with the fill-in block of my scoping comment, with *Quote reply* on a question, or by ticking its boxes.
        """;

    public static string Refusal(BotCommand command, RepositoryPermission permission) =>
        $"`/planbot {Verb(command.Kind)}` changes the plan or the repository, so it needs write, maintain or admin permission here; "
        + $"yours is {Describe(permission)}. Ask a maintainer to run it. Answers to the questions are welcome from anyone.";

    public static string Unknown(UnknownCommand unknown) =>
        unknown.Suggestion is { } suggestion
            ? $"{MarkdownText.Code("/planbot " + unknown.Verb)} is not a command I know. Did you mean `/planbot {suggestion}`? `/planbot help` lists the commands."
            : $"{MarkdownText.Code("/planbot " + unknown.Verb)} is not a command I know; `/planbot help` lists the commands.";

    /// <summary>A command used wrongly; the parser's message already says how to use it.</summary>
    public static string Problem(CommandProblem problem) => problem.Message;

    public static string Unclear(IReadOnlyCollection<AnswerFinding> findings)
    {
        var text = new StringBuilder();
        text.Append(findings.Count == 1 ? "I could not use one of your answers:" : "I could not use some of your answers:").Append("\n\n");

        // The collector's messages are PlanBot's own Markdown; values quoted in them are already escaped.
        BulletList.Append(text, findings.Select(f => f.Message).ToList());
        text.Append("\nReply with a corrected value (for example `team.size: 4`); the scoping comment shows what is still open.");
        return text.ToString();
    }

    /// <summary>
    /// Why there is no plan to write. A pull request PlanBot never read (a draft, or one that changes neither document)
    /// has no notice comment to point at, so the reply says what would make PlanBot read it.
    /// </summary>
    public static string NothingToPlan(PlanningSession session) =>
        session.PullRequest is null
            ? "There is nothing to plan yet: I have not read this pull request, because it is a draft or changes neither the PRD nor the TRD. "
              + "Mark it ready for review, or push a change to one of them, and I will read both and ask my questions."
            : "There is nothing to plan yet: this pull request needs both the PRD and the TRD, and my comment above says what is missing.";

    public static string NoQuestions() =>
        "There are no questions to answer yet: I ask them once this pull request has both the PRD and the TRD.";

    public static string Status(PlanningSession session)
    {
        var text = new StringBuilder("**Status:** ");
        switch (session.State)
        {
            case PlanningSessionState.Closed:
                text.Append("this pull request is closed; I am not planning anything here.");
                return text.ToString();
            case PlanningSessionState.WaitingForDocuments:
                text.Append("waiting for the documents. ").Append(NothingToPlan(session));
                return text.ToString();
        }

        if (session.Questionnaire is { } questionnaire)
        {
            var answered = questionnaire.Questions.Count(q => session.Answers.Find(q.Id) is not null);
            var missing = questionnaire.MissingRequired(session.Answers);
            text.Append(Invariant($"{answered} of {questionnaire.Questions.Count} questions answered"));
            text.Append(missing.Count == 0
                ? "; every required question is answered."
                : $"; required and still open: {string.Join(", ", missing.Select(q => MarkdownText.Code(q.Id)))}.");
            if (session.AnswerFindings.Count > 0)
            {
                text.Append(Invariant($" {session.AnswerFindings.Count} {(session.AnswerFindings.Count == 1 ? "answer needs" : "answers need")} clarification."));
            }
        }

        text.Append(' ').Append(session.Plan switch
        {
            null when session.PlanRequest is not null => "The plan is being written.",
            null => "No plan yet: it is written when every required question is answered, or on `/planbot generate`.",
            { InComment: true } => "GitHub did not let me commit the plan, so it is in my summary comment.",
            { } plan => $"The plan is on branch {MarkdownText.Code(plan.Branch)}{(plan.CommitSha is { } sha ? $" (commit {sha[..Math.Min(7, sha.Length)]})" : string.Empty)}.",
        });
        if (session.HandEditedPlanSha is not null)
        {
            text.Append(" It was edited by hand, so I am not replacing it without `/planbot regenerate --force`.");
        }

        return text.ToString();
    }

    private static string Verb(CommandKind kind) => kind.ToString().ToLowerInvariant();

    private static string Describe(RepositoryPermission permission) => permission switch
    {
        RepositoryPermission.None => "none (not a collaborator)",
        _ => permission.ToString().ToLowerInvariant(),
    };

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
