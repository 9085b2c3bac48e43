using System.Globalization;
using System.Text;
using PlanBot.Core.Documents;
using PlanBot.Core.Rendering;
using PlanBot.Core.Scoping.Answers;

namespace PlanBot.Core.Scoping;

/// <summary>The Markdown of the bot's one scoping comment: questions by category, status of each, the fill-in block.</summary>
public sealed class ScopingCommentRenderer
{
    /// <summary>The first line of the scoping comment; the bot finds its own comment by it.</summary>
    public const string Marker = "<!-- planbot:scoping -->";

    private const int MaxLabelLength = 120;

    public string Render(
        Questionnaire questionnaire,
        AnswerSet answers,
        ValueList<AnswerFinding> answerFindings,
        ValueList<QualityFinding> qualityFindings)
    {
        var text = new StringBuilder();
        text.Append(Marker).Append('\n');
        text.Append("## PlanBot — scoping questions\n\n");
        text.Append("Before I write `IMPLEMENTATION_PLAN.md` I need a few answers about the team, the timeline, the risks, quality and deployment. ");
        text.Append("Answer in this thread in any of the ways described below; I update this comment after every reply.\n\n");
        Progress(text, questionnaire, answers, answerFindings);

        var strays = answerFindings.Where(f => questionnaire.Find(f.QuestionId) is null).ToList();
        if (strays.Count > 0)
        {
            text.Append("**Could not use:**\n\n");
            foreach (var finding in strays)
            {
                text.Append("- ⚠️ ").Append(OneLine(finding.Message)).Append('\n');
            }

            text.Append('\n');
        }

        var number = 0;
        foreach (var category in questionnaire.Questions.GroupBy(q => q.Category).OrderBy(g => g.Key))
        {
            number++;
            text.Append("### ").Append(number.ToString(CultureInfo.InvariantCulture)).Append(". ").Append(Title(category.Key)).Append("\n\n");
            foreach (var question in category)
            {
                QuestionBlock(text, question, answers.Find(question.Id), answerFindings);
            }
        }

        FillInBlock(text, questionnaire, answers);
        HowToAnswer(text);
        Quality(text, qualityFindings);
        return text.ToString();
    }

    private static void Progress(StringBuilder text, Questionnaire questionnaire, AnswerSet answers, ValueList<AnswerFinding> findings)
    {
        var answered = questionnaire.Questions.Count(q => answers.Find(q.Id) is not null);
        var missing = questionnaire.MissingRequired(answers).Count;
        var unclear = questionnaire.Questions.Count(q => FindingsFor(q, findings).Any());
        text.Append("**Progress:** ")
            .Append(Invariant($"{answered} of {questionnaire.Questions.Count} answered, "))
            .Append(missing == 0 ? "all required answered" : Invariant($"{missing} required missing"))
            .Append(unclear == 0 ? string.Empty : Invariant($", {unclear} {(unclear == 1 ? "needs" : "need")} clarification"))
            .Append(missing == 0 ? ". Comment `/planbot generate` when you are ready for the plan." : ".")
            .Append("\n\n");
    }

    private static void QuestionBlock(StringBuilder text, Question question, Answer? answer, ValueList<AnswerFinding> findings)
    {
        var problems = FindingsFor(question, findings).ToList();
        var status = problems.Count > 0 ? "⚠️" : answer is not null ? "✅" : "⬜";
        text.Append("**").Append(status).Append(' ').Append(MarkdownText.Code(question.Id)).Append("** (")
            .Append(question.Required ? "required" : "optional").Append(") — ").Append(MarkdownText.Escape(question.Prompt));
        if (!string.IsNullOrWhiteSpace(question.Hint))
        {
            text.Append(" _").Append(question.Hint).Append('_');
        }

        text.Append('\n');
        foreach (var problem in problems)
        {
            text.Append("Needs clarification: ").Append(OneLine(problem.Message)).Append('\n');
        }

        if (answer is not null)
        {
            text.Append(problems.Count > 0 ? "Answer kept: **" : "Answer: **").Append(MarkdownText.Escape(answer.Value.Display)).Append("** — ")
                .Append(Origin(answer)).Append('\n');
        }
        else if (question.Stated is { } stated)
        {
            text.Append("From the documents: **").Append(MarkdownText.Escape(question.Default ?? "none")).Append("** — ").Append(MarkdownText.Escape(stated))
                .Append(". Answer only to change it.\n");
        }
        else if (question.Choices.Count == 0)
        {
            text.Append("Not answered yet; default: ").Append(MarkdownText.Escape(question.Default ?? "none")).Append('\n');
        }
        else
        {
            text.Append("Not answered yet; the ticked boxes are the default.\n");
        }

        if (question.Choices.Count > 0)
        {
            Checkboxes(text, question, answer);
        }

        text.Append('\n');
    }

    private static void Checkboxes(StringBuilder text, Question question, Answer? answer)
    {
        var chosen = answer?.Value is ListValue list
            ? new HashSet<string>(list.Items, StringComparer.OrdinalIgnoreCase)
            : new HashSet<string>(question.Choices.Where(c => c.CheckedByDefault).Select(c => c.Key), StringComparer.OrdinalIgnoreCase);
        text.Append('\n');
        foreach (var choice in question.Choices)
        {
            text.Append("- [").Append(chosen.Contains(choice.Key) ? 'x' : ' ').Append("] ").Append(MarkdownText.Escape(Shorten(choice.Label)));

            // People who type their answer need the key; most labels start with it, quoted targets do not.
            if (!choice.Label.StartsWith(choice.Key, StringComparison.OrdinalIgnoreCase))
            {
                text.Append(" · ").Append(MarkdownText.Code(choice.Key));
            }

            text.Append(' ').Append(ChoiceMarker.Choice(question.Id, choice.Key)).Append('\n');
        }

        text.Append('\n').Append(ChoiceMarker.State(question.Id, question.Choices.Where(c => chosen.Contains(c.Key)).Select(c => c.Key))).Append('\n');
    }

    private static void FillInBlock(StringBuilder text, Questionnaire questionnaire, AnswerSet answers)
    {
        var open = questionnaire.Questions.Where(q => answers.Find(q.Id) is null).ToList();
        if (open.Count == 0)
        {
            text.Append("Every question is answered. To change an answer, reply with `id: new value`.\n\n");
            return;
        }

        text.Append("### Fill-in block\n\n");
        text.Append("Copy this block into a reply, fill in what you know and post it; lines left empty are ignored.\n\n");
        text.Append("```yaml\n");
        foreach (var question in open)
        {
            var defaultValue = question.Default is null ? string.Empty : question.Stated is null ? $"; default: {question.Default}" : $"; the documents say: {question.Default}";
            text.Append("# ").Append(MarkdownText.PlainLine($"{question.Prompt} ({(question.Required ? "required" : "optional")}{defaultValue})")).Append('\n');
            text.Append(question.Id).Append(": \n");
        }

        text.Append("```\n\n");
    }

    private static void HowToAnswer(StringBuilder text)
    {
        text.Append("### How to answer\n\n");
        text.Append("- **Fill-in block:** copy the block above into a reply and fill in the values, for example `team.size: 3 backend + 1 QA`.\n");
        text.Append("- **Quote reply:** select a question above, choose *Quote reply* and write the answer under the quote.\n");
        text.Append("- **Command:** a line of its own such as `/planbot answer timeline.deadline end of Q1 2027`.\n");
        text.Append("- **Checkboxes:** tick or untick the options of a question in this comment.\n\n");
        text.Append("Commands (each on a line of its own): `/planbot generate` writes the plan now, filling gaps with the defaults and listing them as assumptions; ");
        text.Append("`/planbot skip <id>` accepts a question's default; `/planbot status` shows where the answers stand.\n");
    }

    private static void Quality(StringBuilder text, ValueList<QualityFinding> findings)
    {
        if (findings.Count == 0)
        {
            return;
        }

        text.Append("\n<details>\n<summary>Document quality: ")
            .Append(Invariant($"{findings.Count} {(findings.Count == 1 ? "finding" : "findings")}"))
            .Append(" (helpful, never blocking)</summary>\n\n");
        foreach (var finding in findings.OrderBy(f => f.Document).ThenBy(f => f.Line).ThenBy(f => f.Code, StringComparer.Ordinal))
        {
            text.Append("- ").Append(finding.Severity == FindingSeverity.Warning ? "⚠️" : "ℹ️").Append(" **").Append(finding.Document.ToString().ToUpperInvariant()).Append("** ")
                .Append(MarkdownText.Code(finding.Code))
                .Append(finding.Line > 0 ? Invariant($" (line {finding.Line})") : string.Empty)
                .Append(": ").Append(MarkdownText.Escape(finding.Message)).Append('\n');
        }

        text.Append("\n</details>\n");
    }

    private static IEnumerable<AnswerFinding> FindingsFor(Question question, ValueList<AnswerFinding> findings) =>
        findings.Where(f => string.Equals(f.QuestionId, question.Id, StringComparison.OrdinalIgnoreCase));

    private static string Origin(Answer answer)
    {
        var who = MarkdownText.Escape(answer.Author);
        return answer.Source switch
        {
            AnswerSource.Default => $"default, accepted by {who}",
            AnswerSource.FillInBlock => $"{who}, fill-in block",
            AnswerSource.QuoteReply => $"{who}, quote reply",
            AnswerSource.Command => $"{who}, command",
            AnswerSource.Checkbox => $"{who}, checkboxes",
            _ => $"{who}, configuration",
        };
    }

    /// <summary>Finding messages are Markdown built by the collector; only line breaks could break the layout.</summary>
    private static string OneLine(string message) => message.Replace("\r", " ", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);

    /// <summary>A PRD with hundreds of requirements must still fit GitHub's 65,536-character comment limit.</summary>
    private static string Shorten(string label) =>
        label.Length <= MaxLabelLength ? label : string.Concat(label.AsSpan(0, MaxLabelLength - 1).TrimEnd(), "…");

    private static string Title(QuestionCategory category) => category switch
    {
        QuestionCategory.TeamAndResources => "Team & Resources",
        QuestionCategory.TimelineAndPriorities => "Timeline & Priorities",
        QuestionCategory.RiskAssessment => "Risk Assessment",
        QuestionCategory.QualityAndTesting => "Quality & Testing",
        _ => "Deployment & Operations",
    };

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
