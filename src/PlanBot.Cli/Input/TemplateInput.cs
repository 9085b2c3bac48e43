using System.CommandLine;
using System.Text.RegularExpressions;
using PlanBot.Core.Rendering;

namespace PlanBot.Cli.Input;

/// <summary>
/// <c>--template FILE</c>: a plan template, Scriban syntax when the file is named <c>.scriban</c> or <c>.sbn</c>, Liquid
/// otherwise; syntax-checked before any work so errors come with their line.
/// </summary>
public sealed partial class TemplateInput
{
    private readonly Option<string?> option = new("--template") { Description = "Plan template: Liquid, or Scriban when named .scriban or .sbn (default: the built-in one)." };

    public void AddTo(Command command) => command.Options.Add(option);

    public async Task<TemplateFile?> LoadAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        var path = parseResult.GetValue(option);
        if (path is null)
        {
            return null;
        }

        var file = await InputFile.ReadAsync(path, "template", InputLimits.TemplateBytes, cancellationToken).ConfigureAwait(false);
        var template = PlanTemplate.FromFile(path, file.Text);

        // The renderer's own parser, so a template accepted here is accepted when the plan is rendered.
        if (!PlanRenderer.TryParse(template, out var error))
        {
            throw new CliInputException(Describe(path, error));
        }

        return new TemplateFile(file.DisplayPath, template);
    }

    /// <summary>The renderer says "… at (3:1)"; the location goes in front, compiler style, so editors can jump to it.</summary>
    internal static string Describe(string path, string error)
    {
        var position = Position().Match(error);
        var location = position.Success ? $"{path}:{position.Groups[1].Value}:{position.Groups[2].Value}" : path;
        return $"{location}: template error: {CliApp.OneLine(error)}";
    }

    [GeneratedRegex(@"\((\d+):(\d+)\)")]
    private static partial Regex Position();
}
