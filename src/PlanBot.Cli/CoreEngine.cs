using PlanBot.Core;
using PlanBot.Core.Configuration;
using PlanBot.Core.Documents;
using PlanBot.Core.Engine;
using PlanBot.Core.Planning;
using PlanBot.Core.Scoping;
using PlanBot.Core.Scoping.Answers;

namespace PlanBot.Cli;

/// <summary>The real core: the same analyser, questionnaire, answer handling, planner and renderers the GitHub App runs.</summary>
public sealed class CoreEngine : ICliEngine
{
    public const string AnswerAuthor = "cli";

    private readonly PlanEngine engine = new();
    private readonly QuestionnaireBuilder questionnaireBuilder = new();
    private readonly AnswerReader answerReader = new();
    private readonly AnswerCollector answerCollector = new();
    private readonly ScopingCommentRenderer scopingRenderer = new();

    public DocumentSet Analyze(string prdMarkdown, string trdMarkdown) => engine.Analyze(prdMarkdown, trdMarkdown);

    public ValueList<QualityFinding> Review(DocumentSet documents) => engine.Review(documents);

    public Questionnaire BuildQuestionnaire(DocumentSet documents, RepositoryConfig config) => ConfiguredQuestions.Questionnaire(questionnaireBuilder, documents, config);

    public AnswerCollection CollectAnswers(string answersText, Questionnaire questionnaire, DateTimeOffset at)
    {
        // Read exactly like a PR reply, but recorded as coming from a file in the decision log.
        var raws = answerReader.Read(answersText, questionnaire)
            .Select(raw => raw with { Source = AnswerSource.File })
            .ToValueList();
        return answerCollector.Collect(raws, questionnaire, AnswerSet.Empty, AnswerAuthor, at);
    }

    public GeneratedPlan Plan(DocumentSet documents, Questionnaire questionnaire, AnswerSet answers, PlanningOptions options) =>
        engine.Plan(documents, questionnaire, answers, options);

    public string RenderQuestions(
        Questionnaire questionnaire,
        AnswerSet answers,
        ValueList<AnswerFinding> answerFindings,
        ValueList<QualityFinding> qualityFindings) =>
        scopingRenderer.Render(questionnaire, answers, answerFindings, qualityFindings);
}
