using PlanBot.Core;
using PlanBot.Core.Configuration;
using PlanBot.Core.Documents;
using PlanBot.Core.Engine;
using PlanBot.Core.Scoping;
using PlanBot.Core.Scoping.Answers;

namespace PlanBot.Cli;

/// <summary>
/// The PlanBot core as the commands use it: the engine the GitHub App shares, plus what only the command line does
/// with files. Tests substitute hand-made results to exercise the commands alone.
/// </summary>
public interface ICliEngine : IPlanEngine
{
    Questionnaire BuildQuestionnaire(DocumentSet documents, RepositoryConfig config);

    AnswerCollection CollectAnswers(string answersText, Questionnaire questionnaire, DateTimeOffset at);

    string RenderQuestions(
        Questionnaire questionnaire,
        AnswerSet answers,
        ValueList<AnswerFinding> answerFindings,
        ValueList<QualityFinding> qualityFindings);
}
