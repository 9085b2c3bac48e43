using PlanBot.Core.Documents;
using PlanBot.Core.Scoping;
using PlanBot.Core.Scoping.Answers;

namespace PlanBot.Core.Planning;

/// <summary>Documents + answers → plan. Deterministic: the same input gives the same plan.</summary>
public sealed class Planner
{
    public ImplementationPlan Build(DocumentSet documents, Questionnaire questionnaire, AnswerSet answers, PlanningOptions options) =>
        throw new NotImplementedException();
}
