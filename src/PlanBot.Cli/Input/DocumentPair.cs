using PlanBot.Core.Documents;

namespace PlanBot.Cli.Input;

/// <summary>The PRD and TRD a command works on; <see cref="IsBundledSample"/> when the user named none.</summary>
public sealed record DocumentPair(SourceText Prd, SourceText Trd, bool IsBundledSample)
{
    public DocumentSet AnalyzeWith(ICliEngine engine) => engine.Analyze(Prd.Text, Trd.Text);

    public string DisplayPath(DocumentKind kind) => kind == DocumentKind.Prd ? Prd.DisplayPath : Trd.DisplayPath;
}
