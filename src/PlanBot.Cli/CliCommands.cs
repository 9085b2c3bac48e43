using PlanBot.Cli.Serve;
using PlanBot.Cli.Commands;

namespace PlanBot.Cli;

/// <summary>The sub-commands of <c>planbot</c>, in help order. <c>serve</c> and <c>sync</c> are added here.</summary>
public static class CliCommands
{
    public static IReadOnlyList<ICliCommand> Registered { get; } =
    [
        new PlanCommand(),
        new QuestionsCommand(),
        new AnalyzeCommand(),
        new LintCommand(),
        new ServeCommand(),
    ];
}
