using BenchmarkDotNet.Attributes;
using Markdig;
using PlanBot.Core;
using PlanBot.Core.Documents;
using PlanBot.Core.Planning;
using PlanBot.Core.Rendering;
using PlanBot.Core.Rendering.View;
using PlanBot.Core.Scoping;
using PlanBot.Core.Scoping.Answers;

namespace PlanBot.Bench;

/// <summary>
/// The whole offline job (what <c>planbot plan</c> does after reading files) against the floor it cannot beat:
/// Markdig parsing the same two documents. Not sealed: BenchmarkDotNet derives from benchmark classes.
/// </summary>
[MemoryDiagnoser]
public class PipelineBenchmarks
{
    private const int Megabyte = 1024 * 1024;

    // The analyser's extensions, so the baseline parses exactly what the pipeline parses.
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePreciseSourceLocation()
        .UsePipeTables()
        .UseYamlFrontMatter()
        .UseTaskLists()
        .UseEmphasisExtras()
        .Build();

    private static readonly DateOnly Today = new(2026, 11, 25);

    private readonly DocumentAnalyzer analyzer = new();
    private readonly QuestionnaireBuilder questionnaireBuilder = new();
    private readonly AnswerReader answerReader = new();
    private readonly AnswerCollector answerCollector = new();
    private readonly Planner planner = new();
    private readonly PlanRenderer renderer = new();

    private string prd = string.Empty;
    private string trd = string.Empty;
    private string answers = string.Empty;
    private ImplementationPlan plan = null!;
    private PlanView view = null!;

    [Params(InputSize.Sample, InputSize.OneMegabyte, InputSize.TwoMegabytes)]
    public InputSize Size { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        // Half of the size each, so the pair is 1 MB or 2 MB in total.
        var bytesPerDocument = Size switch
        {
            InputSize.OneMegabyte => Megabyte / 2,
            InputSize.TwoMegabytes => Megabyte,
            _ => 0,
        };
        prd = ScaledDocument.Grow(SampleDocuments.Prd, bytesPerDocument);
        trd = ScaledDocument.Grow(SampleDocuments.Trd, bytesPerDocument);
        answers = SampleDocuments.Answers;
        plan = Plan();
        view = PlanViewBuilder.Build(plan);
    }

    [Benchmark(Baseline = true)]
    public int MarkdigParse() => Markdown.Parse(prd, Pipeline).Count + Markdown.Parse(trd, Pipeline).Count;

    [Benchmark]
    public string AnalyzePlanRender() => renderer.Render(Plan());

    [Benchmark]
    public ValueList<QualityFinding> AnalyzeAndReview() => new QualityReviewer().Review(analyzer.Analyze(prd, trd));

    /// <summary>Rendering alone: the view from the plan, the built-in template, the layout.</summary>
    [Benchmark]
    public string Render() => renderer.Render(plan);

    /// <summary>The template engine's share of rendering: Scriban running the built-in template over a ready view.</summary>
    [Benchmark]
    public string RenderPreparedView() => PlanRenderer.Render(view);

    private ImplementationPlan Plan()
    {
        var documents = analyzer.Analyze(prd, trd);
        var questionnaire = questionnaireBuilder.Build(documents);
        var raws = answerReader.Read(answers, questionnaire);
        var collected = answerCollector.Collect(raws, questionnaire, AnswerSet.Empty, "bench", new DateTimeOffset(2026, 11, 25, 0, 0, 0, TimeSpan.Zero));
        return planner.Build(documents, questionnaire, collected.Answers, new PlanningOptions(Today));
    }
}
