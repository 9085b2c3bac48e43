using PlanBot.Cli;
using PlanBot.Core.Configuration;
using PlanBot.Core.Documents;
using PlanBot.Core.Engine;
using PlanBot.Core.Planning;
using PlanBot.Core.Rendering;
using PlanBot.Core.Scoping;
using PlanBot.Core.Scoping.Answers;

namespace PlanBot.Core.Tests.Cli;

/// <summary>A core that returns hand-made results and remembers what the command passed it.</summary>
public sealed class FakeEngine : ICliEngine
{
    public static Questionnaire Questionnaire { get; } = new(List(
        new Question(QuestionIds.TeamSize, QuestionCategory.TeamAndResources, "How many people?", AnswerType.TeamComposition, true, null, ValueList<QuestionChoice>.Empty)));

    public static PlanDocument PlanDocument { get; } = new("Payments Reconciliation Plugin", List(
        new PlanPhase(1, "Foundation", "Import and sync", new DateOnly(2027, 1, 4), new DateOnly(2027, 1, 15), List(Week(1), Week(2)), ValueList<Checkbox>.Empty)));

    public ValueList<QualityFinding> Findings { get; init; } = HandMadeDocuments.Findings;

    public AnswerCollection Answers { get; init; } = new(AnswerSet.Empty, ValueList<AnswerFinding>.Empty);

    public Exception? AnalysisFailure { get; init; }

    public Exception? RenderFailure { get; init; }

    public (string Prd, string Trd)? AnalyzedTexts { get; private set; }

    public (string Text, DateTimeOffset At)? CollectedAnswers { get; private set; }

    public PlanningOptions? PlanningOptions { get; private set; }

    public PlanTemplate? Template { get; private set; }

    public DocumentSet Analyze(string prdMarkdown, string trdMarkdown)
    {
        AnalyzedTexts = (prdMarkdown, trdMarkdown);
        return AnalysisFailure is null ? HandMadeDocuments.Set : throw AnalysisFailure;
    }

    public ValueList<QualityFinding> Review(DocumentSet documents) => Findings;

    public RepositoryConfig? Config { get; private set; }

    public Questionnaire BuildQuestionnaire(DocumentSet documents, RepositoryConfig config)
    {
        Config = config;
        return Questionnaire;
    }

    public AnswerCollection CollectAnswers(string answersText, Questionnaire questionnaire, DateTimeOffset at)
    {
        CollectedAnswers = (answersText, at);
        return Answers;
    }

    public GeneratedPlan Plan(DocumentSet documents, Questionnaire questionnaire, AnswerSet answers, PlanningOptions options)
    {
        PlanningOptions = options;
        return new GeneratedPlan(PlanDocument, RenderPlan);
    }

    public string RenderQuestions(
        Questionnaire questionnaire,
        AnswerSet answers,
        ValueList<AnswerFinding> answerFindings,
        ValueList<QualityFinding> qualityFindings) =>
        $"<!-- planbot:scoping -->\n{questionnaire.Questions.Count} questions, {answerFindings.Count} answer findings, {qualityFindings.Count} quality findings\n";

    /// <summary>Only a custom template fails, as only a custom one can: the built-in one is what a failure falls back to.</summary>
    private string RenderPlan(PlanTemplate? customTemplate)
    {
        Template ??= customTemplate;
        return RenderFailure is null || customTemplate is null ? $"# Implementation Plan: {PlanDocument.Title}\n" : throw RenderFailure;
    }

    private static PlanWeek Week(int number) => new(
        number,
        $"Week {number}",
        new DateOnly(2027, 1, 4).AddDays(7 * (number - 1)),
        new DateOnly(2027, 1, 8).AddDays(7 * (number - 1)),
        ValueList<string>.Empty,
        ValueList<Checkbox>.Empty,
        ValueList<DemoScenario>.Empty,
        ValueList<Checkbox>.Empty,
        ValueList<string>.Empty);

    private static ValueList<T> List<T>(params T[] items) => items;
}
