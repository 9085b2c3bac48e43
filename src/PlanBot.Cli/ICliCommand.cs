using System.CommandLine;

namespace PlanBot.Cli;

/// <summary>One <c>planbot</c> sub-command. Register it in <see cref="CliCommands"/>.</summary>
public interface ICliCommand
{
    Command Create(CliContext context);
}
