using PlanBot.Core.Documents;

namespace PlanBot.Core.Scoping;

/// <summary>Builds the questionnaire tailored to the documents (MVP choices = PRD requirements, and so on).</summary>
public sealed class QuestionnaireBuilder
{
    public Questionnaire Build(DocumentSet documents) => throw new NotImplementedException();
}
