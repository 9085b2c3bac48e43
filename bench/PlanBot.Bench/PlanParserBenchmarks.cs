using BenchmarkDotNet.Attributes;
using Markdig;
using PlanBot.Core.Planning;

namespace PlanBot.Bench;

/// <summary>
/// Reading <c>IMPLEMENTATION_PLAN.md</c> back (what publishing does on every merge) against Markdig's default
/// parse of the same text. The 1 MB → 2 MB step shows whether time grows linearly. Not sealed: BenchmarkDotNet
/// derives from it.
/// </summary>
[MemoryDiagnoser]
public class PlanParserBenchmarks
{
    private const int Megabyte = 1024 * 1024;
    private const int SampleBytes = 20 * 1024;

    private static readonly MarkdownPipeline Default = new MarkdownPipelineBuilder().Build();

    private readonly PlanMarkdownParser parser = new();
    private string markdown = string.Empty;

    [Params(InputSize.Sample, InputSize.OneMegabyte, InputSize.TwoMegabytes)]
    public InputSize Size { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var bytes = Size switch
        {
            InputSize.OneMegabyte => Megabyte,
            InputSize.TwoMegabytes => 2 * Megabyte,
            _ => SampleBytes,
        };
        markdown = GeneratedPlan.Create(bytes);
    }

    [Benchmark(Baseline = true)]
    public int MarkdigParse() => Markdown.Parse(markdown, Default).Count;

    [Benchmark]
    public int ParsePlan() => parser.Parse(markdown).Phases.Count;
}
