using PlanBot.Core.Configuration;
using PlanBot.Core.Ports;

namespace PlanBot.Cli.Input;

/// <summary>
/// The PlanBot configuration a command uses and the file it came from (null: none, the built-in defaults). Read by
/// the App's reader, so a file gets the same problems here as in the pull request; they go to stderr as
/// <c>.github/planbot.yml:7: unknown key …</c> and, as in the App, the defaults then apply as a whole.
/// </summary>
public sealed record RepositorySettingsFile(string? DisplayPath, RepositoryConfig Config)
{
    public static RepositorySettingsFile None { get; } = new(null, RepositoryConfig.Default);

    /// <summary><paramref name="path"/> when given (<c>--config</c>), else <c>.github/planbot.yml</c> in <paramref name="root"/> when it has one.</summary>
    public static async Task<RepositorySettingsFile> LoadAsync(string? path, string? root, TextWriter error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(error);
        if (path is null && root is not null && File.Exists(Path.Join(root, RepositoryConfig.Path)))
        {
            path = Path.Join(root, RepositoryConfig.Path);
        }

        if (path is null)
        {
            return None;
        }

        var result = RepositoryConfigReader.Read(await ReadAsync(path, cancellationToken).ConfigureAwait(false));
        foreach (var problem in result.Problems)
        {
            var location = problem.Line > 0 ? FormattableString.Invariant($"{path}:{problem.Line}") : path;
            await error.WriteLineAsync($"{location}: {CliApp.OneLine(problem.Message)}".AsMemory(), cancellationToken).ConfigureAwait(false);
        }

        if (!result.IsValid)
        {
            await error.WriteLineAsync($"planbot: {path} has problems, so the built-in defaults apply until it is fixed".AsMemory(), cancellationToken).ConfigureAwait(false);
        }

        return new RepositorySettingsFile(path, result.Config);
    }

    // A file over the reader's limit is not read at all, as GitHub's is not downloaded: the reader says why.
    private static async Task<RepositoryFile> ReadAsync(string path, CancellationToken cancellationToken)
    {
        if (File.Exists(path) && new FileInfo(path).Length is var length && length > RepositoryConfigReader.MaxBytes)
        {
            return new RepositoryFile(path, string.Empty, length, null);
        }

        var file = await InputFile.ReadAsync(path, "configuration", RepositoryConfigReader.MaxBytes, cancellationToken).ConfigureAwait(false);
        return new RepositoryFile(path, string.Empty, file.Text.Length, file.Text);
    }
}
