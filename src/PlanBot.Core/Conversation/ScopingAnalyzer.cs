using PlanBot.Core.Configuration;
using PlanBot.Core.Engine;
using PlanBot.Core.Scoping;

namespace PlanBot.Core.Conversation;

/// <summary>Analyses the documents and builds the questionnaire with the repository's question settings.</summary>
public sealed class ScopingAnalyzer(IPlanEngine engine)
{
    private readonly QuestionnaireBuilder builder = new();

    public DocumentAnalysis Analyze(string prdMarkdown, string trdMarkdown, RepositoryConfig config)
    {
        var documents = engine.Analyze(prdMarkdown, trdMarkdown);
        var questionnaire = ConfiguredQuestions.Questionnaire(builder, documents, config);
        return new DocumentAnalysis(questionnaire, engine.Review(documents));
    }
}
