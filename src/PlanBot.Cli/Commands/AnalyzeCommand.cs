using System.CommandLine;
using PlanBot.Cli.Input;
using PlanBot.Cli.Output;

namespace PlanBot.Cli.Commands;

/// <summary><c>planbot analyze [dir] [--json]</c>: what the analyser extracted, with counts and source lines.</summary>
public sealed class AnalyzeCommand : ICliCommand
{
    public Command Create(CliContext context)
    {
        var documents = new DocumentInputs();
        var json = new Option<bool>("--json") { Description = "Print the analysis as JSON (stable, indented)." };
        var command = new Command("analyze", "Show what PlanBot reads from the PRD and TRD.");
        documents.AddTo(command);
        command.Options.Add(json);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var pair = await documents.LoadAsync(parseResult, context.Error, cancellationToken).ConfigureAwait(false);
            var set = pair.AnalyzeWith(context.Engine);
            var report = new AnalysisReport(set, context.Engine.Review(set));
            var text = parseResult.GetValue(json) ? AnalysisJson.Serialize(report) : AnalysisText.Render(report, pair);
            await context.Out.WriteAsync(text.AsMemory(), cancellationToken).ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return command;
    }
}
