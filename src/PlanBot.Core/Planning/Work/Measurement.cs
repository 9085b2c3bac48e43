using PlanBot.Core.Documents;

namespace PlanBot.Core.Planning.Work;

/// <summary>
/// How the plan proves performance: a deployed service by load tests of its endpoints, a library, tool or app by
/// benchmarks of its own code paths, since nothing serves traffic to load.
/// </summary>
internal sealed record Measurement(string Tests, string Test, string Proven, string Done, string Paths)
{
    private static readonly Measurement Load = new("load tests", "load test", "proven under load", "load-tested", "the main flows");
    private static readonly Measurement Benchmarks = new("benchmarks", "benchmark", "proven by benchmarks", "benchmarked", "the main code paths");

    public static Measurement For(ProjectKindDecision kind) => kind.Deployed ? Load : Benchmarks;
}
