using System.Globalization;
using PlanBot.Cli;

namespace PlanBot.Core.Tests.Cli;

public static class CliRunner
{
    public static DateTimeOffset Now { get; } = new(2026, 11, 25, 9, 0, 0, TimeSpan.Zero);

    /// <summary>Runs with the real core.</summary>
    public static Task<CliResult> RunAsync(params string[] args) => RunAsync(new CoreEngine(), args);

    public static async Task<CliResult> RunAsync(ICliEngine engine, params string[] args)
    {
        using var stdout = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        using var stderr = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        var context = new CliContext(stdout, stderr, new FixedClock(Now), engine);
        var exitCode = await CliApp.RunAsync(args, context, CancellationToken.None);
        return new CliResult(exitCode, stdout.ToString(), stderr.ToString());
    }
}
