using PlanBot.Core;
using PlanBot.Core.Documents;
using PlanBot.Core.Planning;
using PlanBot.Core.Scoping;
using PlanBot.Core.Scoping.Answers;

namespace PlanBot.Cli;

/// <summary>The PlanBot core as the commands use it; tests substitute hand-made results to exercise the commands alone.</summary>
public interface ICliEngine
{
    DocumentSet Analyze(string prdMarkdown, string trdMarkdown);

    ValueList<QualityFinding> Review(DocumentSet documents);

    Questionnaire BuildQuestionnaire(DocumentSet documents);

    AnswerCollection CollectAnswers(string answersText, Questionnaire questionnaire, DateTimeOffset at);

    GeneratedPlan Plan(DocumentSet documents, Questionnaire questionnaire, AnswerSet answers, PlanningOptions options);

    string RenderQuestions(
        Questionnaire questionnaire,
        AnswerSet answers,
        ValueList<AnswerFinding> answerFindings,
        ValueList<QualityFinding> qualityFindings);
}
