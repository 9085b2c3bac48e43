using System.CommandLine;
using PlanBot.Core.Configuration;

namespace PlanBot.Cli.Input;

/// <summary>
/// The <c>[dir] [--prd FILE] [--trd FILE] [--config FILE]</c> inputs every document command takes. <c>dir</c> holds
/// <c>PRD.md</c> and <c>TRD.md</c>, directly or in <c>docs/pre-development-docs/</c>; when it is a repository root
/// whose <c>.github/planbot.yml</c> (or <c>--config</c>) sets <c>documents:</c>, exactly there, as the App reads them.
/// </summary>
public sealed class DocumentInputs
{
    private readonly Argument<string?> directory = new("dir")
    {
        Description = "Folder with PRD.md and TRD.md (or docs/pre-development-docs/ inside it). Default: the bundled sample.",
        Arity = ArgumentArity.ZeroOrOne,
    };

    private readonly Option<string?> prd = new("--prd") { Description = "PRD file (overrides the one in dir)." };

    private readonly Option<string?> trd = new("--trd") { Description = "TRD file (overrides the one in dir)." };

    private readonly Option<string?> config = new("--config") { Description = "PlanBot configuration (default: .github/planbot.yml in dir, when it has one)." };

    public void AddTo(Command command)
    {
        command.Arguments.Add(directory);
        command.Options.Add(prd);
        command.Options.Add(trd);
        command.Options.Add(config);
    }

    /// <summary>Reads the configuration first (it says where the documents are); its problems go to <paramref name="error"/>.</summary>
    public async Task<DocumentPair> LoadAsync(ParseResult parseResult, TextWriter error, CancellationToken cancellationToken)
    {
        var dir = parseResult.GetValue(directory);
        var prdPath = parseResult.GetValue(prd);
        var trdPath = parseResult.GetValue(trd);
        if (dir is not null && !Directory.Exists(dir))
        {
            throw new CliInputException(File.Exists(dir)
                ? $"'{dir}' is a file; give the folder that holds PRD.md and TRD.md, or use --prd/--trd"
                : $"directory not found: {dir}");
        }

        var settings = await RepositorySettingsFile.LoadAsync(parseResult.GetValue(config), dir, error, cancellationToken).ConfigureAwait(false);
        if (dir is null && prdPath is null && trdPath is null)
        {
            return new DocumentPair(BundledSample.Prd, BundledSample.Trd, IsBundledSample: true, settings, Root: null);
        }

        prdPath ??= Locate(dir, settings, settings.Config.PrdPath, RepositoryConfig.Default.PrdPath, "--prd");
        trdPath ??= Locate(dir, settings, settings.Config.TrdPath, RepositoryConfig.Default.TrdPath, "--trd");
        var prdText = await InputFile.ReadAsync(prdPath, "PRD", InputLimits.DocumentBytes, cancellationToken).ConfigureAwait(false);
        var trdText = await InputFile.ReadAsync(trdPath, "TRD", InputLimits.DocumentBytes, cancellationToken).ConfigureAwait(false);
        return new DocumentPair(prdText, trdText, IsBundledSample: false, settings, dir);
    }

    /// <summary>A path the configuration sets is the only place the App looks, so it is the only place looked here.</summary>
    private static string Locate(string? dir, RepositorySettingsFile settings, string configured, string builtIn, string option)
    {
        var fileName = Path.GetFileName(builtIn);
        if (dir is null)
        {
            throw new CliInputException($"{fileName} not given: pass a folder or {option} FILE");
        }

        if (!string.Equals(configured, builtIn, StringComparison.Ordinal))
        {
            var path = Path.Join(dir, configured);
            return File.Exists(path) ? path : throw new CliInputException($"no {configured} in {dir} (the path {settings.DisplayPath} sets)");
        }

        return Find(dir, fileName)
            ?? Find(Path.Join(dir, Path.GetDirectoryName(builtIn)), fileName)
            ?? throw new CliInputException($"no {fileName} in {dir} (nor in {Path.Join(dir, Path.GetDirectoryName(builtIn))})");
    }

    // Case-insensitive, so prd.md in a repository is found on Linux too; the exact name wins when both exist.
    private static string? Find(string dir, string fileName)
    {
        if (!Directory.Exists(dir))
        {
            return null;
        }

        var exact = Path.Join(dir, fileName);
        if (File.Exists(exact))
        {
            return exact;
        }

        return Directory.EnumerateFiles(dir)
            .Where(f => string.Equals(Path.GetFileName(f), fileName, StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .FirstOrDefault();
    }
}
