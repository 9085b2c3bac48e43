using System.CommandLine;
using Fluid;

namespace PlanBot.Cli.Input;

/// <summary><c>--template FILE</c>: a Liquid plan template, syntax-checked before any work so errors come with their line.</summary>
public sealed class TemplateInput
{
    private static readonly FluidParser Parser = new();

    private readonly Option<string?> option = new("--template") { Description = "Liquid template for the plan (default: the built-in one)." };

    public void AddTo(Command command) => command.Options.Add(option);

    public async Task<SourceText?> LoadAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        var path = parseResult.GetValue(option);
        if (path is null)
        {
            return null;
        }

        var template = await InputFile.ReadAsync(path, "template", InputLimits.TemplateBytes, cancellationToken).ConfigureAwait(false);
        if (!Parser.TryParse(template.Text, out _, out var error))
        {
            throw new CliInputException($"{path}: template error: {CliApp.OneLine(error)}");
        }

        return template;
    }
}
