using System.CommandLine;
using System.Text.RegularExpressions;
using PlanBot.Core.Conversation.Comments;
using PlanBot.Core.Rendering;

namespace PlanBot.Cli.Input;

/// <summary>
/// The plan template: <c>--template FILE</c>, syntax-checked before any work so errors come with their line; else the
/// one the configuration names (<c>plan.template</c>), taken as the App takes it: missing, too large or failing to
/// render, the built-in template writes the plan and a note says why. Scriban syntax when the file is named
/// <c>.scriban</c> or <c>.sbn</c>, Liquid otherwise.
/// </summary>
public sealed partial class TemplateInput
{
    private readonly Option<string?> option = new("--template") { Description = "Plan template: Liquid, or Scriban when named .scriban or .sbn (default: the built-in one)." };

    public void AddTo(Command command) => command.Options.Add(option);

    public async Task<TemplateFile?> LoadAsync(ParseResult parseResult, DocumentPair documents, TextWriter error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var path = parseResult.GetValue(option);
        if (path is null)
        {
            return await ConfiguredAsync(documents, error, cancellationToken).ConfigureAwait(false);
        }

        var file = await InputFile.ReadAsync(path, "template", InputLimits.TemplateBytes, cancellationToken).ConfigureAwait(false);
        var template = PlanTemplate.FromFile(path, file.Text);

        // The renderer's own parser, so a template accepted here is accepted when the plan is rendered.
        if (!PlanRenderer.TryParse(template, out var syntaxError))
        {
            throw new CliInputException(Describe(path, syntaxError));
        }

        return new TemplateFile(file.DisplayPath, template, Configured: false);
    }

    private static async Task<TemplateFile?> ConfiguredAsync(DocumentPair documents, TextWriter error, CancellationToken cancellationToken)
    {
        var settings = documents.Settings;
        if (settings.Config.TemplatePath is not { } repositoryPath)
        {
            return null;
        }

        var path = documents.InRoot(repositoryPath);
        if (!File.Exists(path) || new FileInfo(path).Length > InputLimits.TemplateBytes)
        {
            var why = File.Exists(path) ? $"is larger than {ByteSize.Format(InputLimits.TemplateBytes)}" : "is not there";
            await error.WriteLineAsync($"planbot: note: the template {path} set in {settings.DisplayPath} {why}, so the built-in template writes the plan".AsMemory(), cancellationToken).ConfigureAwait(false);
            return null;
        }

        var file = await InputFile.ReadAsync(path, "template", InputLimits.TemplateBytes, cancellationToken).ConfigureAwait(false);
        return new TemplateFile(file.DisplayPath, PlanTemplate.FromFile(path, file.Text), Configured: true);
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
