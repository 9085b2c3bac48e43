using PlanBot.Cli.Serve;
using PlanBot.Cli.Commands;

namespace PlanBot.Cli;

/// <summary>The sub-commands of <c>planbot</c>, in help order.</summary>
public static class CliCommands
{
    public static IReadOnlyList<ICliCommand> Registered { get; } =
    [
        new PlanCommand(),
        new QuestionsCommand(),
        new AnalyzeCommand(),
        new LintCommand(),
        new ServeCommand(),
        new SyncCommand(),
    ];
}
