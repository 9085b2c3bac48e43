using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using PlanBot.Bench;

// --quick: BenchmarkDotNet's ShortRun job (3 iterations), enough to see the shape, not for publishing numbers.
var quick = args.Contains("--quick", StringComparer.Ordinal);
var config = quick ? DefaultConfig.Instance.AddJob(Job.ShortRun) : DefaultConfig.Instance;
BenchmarkSwitcher.FromAssembly(typeof(PipelineBenchmarks).Assembly)
    .Run(args.Where(a => a != "--quick").ToArray(), config);
