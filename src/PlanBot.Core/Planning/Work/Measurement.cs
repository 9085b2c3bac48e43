using PlanBot.Core.Documents;

namespace PlanBot.Core.Planning.Work;

/// <summary>
/// How the plan proves performance: a deployed service by load tests of its endpoints, a library, tool or app by
/// benchmarks of its own code paths, since nothing serves traffic to load.
/// </summary>
internal sealed record Measurement(string Item, string Tests, string Test, string Proven, string Done, string Paths, string Deliverable)
{
    private static readonly Measurement Load = new(
        "Performance and load testing", "load tests", "load test", "proven under load", "load-tested", "the main flows", "Load-test scripts in the repository and a results report");

    private static readonly Measurement Benchmarks = new(
        "Performance benchmarks", "benchmarks", "benchmark", "proven by benchmarks", "benchmarked", "the main code paths", "Benchmarks in the repository, run in CI, and a results report");

    public static Measurement For(ProjectKindDecision kind) => kind.Deployed ? Load : Benchmarks;
}
