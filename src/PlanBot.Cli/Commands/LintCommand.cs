using System.CommandLine;
using System.Globalization;
using PlanBot.Cli.Input;
using PlanBot.Cli.Output;
using PlanBot.Core.Documents;

namespace PlanBot.Cli.Commands;

/// <summary><c>planbot lint [dir] [--strict]</c>: the reviewer's findings; <c>--strict</c> fails on any warning (for CI).</summary>
public sealed class LintCommand : ICliCommand
{
    public Command Create(CliContext context)
    {
        var documents = new DocumentInputs();
        var strict = new Option<bool>("--strict") { Description = "Exit 1 when there is any warning." };
        var command = new Command("lint", "Review the PRD and TRD against the LerianStudio structure.");
        documents.AddTo(command);
        command.Options.Add(strict);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var pair = await documents.LoadAsync(parseResult, context.Error, cancellationToken).ConfigureAwait(false);
            var findings = context.Engine.Review(pair.AnalyzeWith(context.Engine));
            foreach (var finding in findings)
            {
                await context.Out.WriteLineAsync(FindingLines.Format(finding, pair).AsMemory(), cancellationToken).ConfigureAwait(false);
            }

            var warnings = findings.Count(f => f.Severity == FindingSeverity.Warning);
            var summary = string.Create(CultureInfo.InvariantCulture, $"{warnings} warning(s), {findings.Count - warnings} info");
            await context.Error.WriteLineAsync(summary.AsMemory(), cancellationToken).ConfigureAwait(false);
            return parseResult.GetValue(strict) && warnings > 0 ? ExitCodes.Failure : ExitCodes.Success;
        });
        return command;
    }
}
