using System.Text.RegularExpressions;

namespace PlanBot.Integration.Tests.Infra;

/// <summary>What one run of the bicep CLI printed.</summary>
internal sealed partial record BicepRun(string Command, int ExitCode, string StandardOutput, string StandardError)
{
    /// <summary>Every error and warning line, e.g. <c>main.bicep(3,7) : Warning no-unused-params: ...</c>.</summary>
    public IReadOnlyList<string> Problems =>
        [.. (StandardError + "\n" + StandardOutput)
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(line => ProblemLine().IsMatch(line))
            .Distinct(StringComparer.Ordinal)];

    /// <summary>Empty when the run succeeded without a single error or warning; otherwise why not.</summary>
    public string Failure =>
        ExitCode == 0 && Problems.Count == 0
            ? string.Empty
            : $"`bicep {Command}` exited with {ExitCode} and reported:\n"
                + (Problems.Count > 0 ? string.Join('\n', Problems) : StandardError + StandardOutput);

    [GeneratedRegex(@"\) : (Error|Warning) ", RegexOptions.CultureInvariant)]
    private static partial Regex ProblemLine();
}
