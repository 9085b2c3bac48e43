using PlanBot.Core.Documents;
using PlanBot.Core.Planning;
using PlanBot.Core.Scoping;
using PlanBot.Core.Scoping.Answers;

namespace PlanBot.Core.Engine;

/// <summary>
/// Reading the documents and making the plan, behind one seam: the command line and the pull-request conversation
/// both call the core through it, and their tests substitute hand-made results so they do not depend on it.
/// </summary>
public interface IPlanEngine
{
    DocumentSet Analyze(string prdMarkdown, string trdMarkdown);

    ValueList<QualityFinding> Review(DocumentSet documents);

    GeneratedPlan Plan(DocumentSet documents, Questionnaire questionnaire, AnswerSet answers, PlanningOptions options);
}
