using PlanBot.Core.Documents;
using PlanBot.Core.Planning;
using PlanBot.Core.Rendering;
using PlanBot.Core.Scoping;
using PlanBot.Core.Scoping.Answers;

namespace PlanBot.Core.Engine;

/// <summary>The real core: the analyser, the quality reviewer, the planner and the plan renderer.</summary>
public sealed class PlanEngine : IPlanEngine
{
    private readonly DocumentAnalyzer analyzer = new();
    private readonly QualityReviewer reviewer = new();
    private readonly Planner planner = new();
    private readonly PlanRenderer renderer = new();

    public DocumentSet Analyze(string prdMarkdown, string trdMarkdown) => analyzer.Analyze(prdMarkdown, trdMarkdown);

    public ValueList<QualityFinding> Review(DocumentSet documents) => reviewer.Review(documents);

    public GeneratedPlan Plan(DocumentSet documents, Questionnaire questionnaire, AnswerSet answers, PlanningOptions options)
    {
        var plan = planner.Build(documents, questionnaire, answers, options);
        return new GeneratedPlan(plan.Document, customTemplate => renderer.Render(plan, customTemplate));
    }
}
