namespace PlanBot.Core.Documents;

/// <summary>Reads a PRD or TRD (Markdown) into a <see cref="RequirementsDocument"/>. Never throws on odd Markdown.</summary>
public sealed class DocumentAnalyzer
{
    public RequirementsDocument Analyze(string markdown, DocumentKind kind) => throw new NotImplementedException();

    public DocumentSet Analyze(string prdMarkdown, string trdMarkdown) =>
        new(Analyze(prdMarkdown, DocumentKind.Prd), Analyze(trdMarkdown, DocumentKind.Trd));
}
