using PlanBot.Core.Documents;
using PlanBot.Core.Scoping.Answers;

namespace PlanBot.Core.Scoping;

/// <summary>The Markdown of the bot's one scoping comment: questions by category, status of each, the fill-in block.</summary>
public sealed class ScopingCommentRenderer
{
    public string Render(
        Questionnaire questionnaire,
        AnswerSet answers,
        ValueList<AnswerFinding> answerFindings,
        ValueList<QualityFinding> qualityFindings) => throw new NotImplementedException();
}
