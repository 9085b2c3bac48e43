using PlanBot.Core.Documents;

namespace PlanBot.Cli.Input;

/// <summary>
/// The PRD and TRD a command works on (<see cref="IsBundledSample"/> when the user named none), with the configuration
/// that applies and the folder its paths are relative to (<see cref="Root"/>; null: the current directory).
/// </summary>
public sealed record DocumentPair(SourceText Prd, SourceText Trd, bool IsBundledSample, RepositorySettingsFile Settings, string? Root)
{
    public DocumentSet AnalyzeWith(ICliEngine engine) => engine.Analyze(Prd.Text, Trd.Text);

    public string DisplayPath(DocumentKind kind) => kind == DocumentKind.Prd ? Prd.DisplayPath : Trd.DisplayPath;

    /// <summary>A path the configuration names, as the command line finds it: under <see cref="Root"/>.</summary>
    public string InRoot(string repositoryPath) => Root is null ? repositoryPath : Path.Join(Root, repositoryPath);
}
