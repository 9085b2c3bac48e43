namespace PlanBot.Core.Tests.Cli;

/// <summary>What one in-process run of <c>planbot</c> produced.</summary>
public sealed record CliResult(int ExitCode, string Out, string Error)
{
    public string[] ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
}
