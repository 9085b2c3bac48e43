using Markdig;
using PlanBot.Core.Documents.Analysis;

namespace PlanBot.Core.Documents;

/// <summary>
/// Reads a PRD or TRD (Markdown) into a <see cref="RequirementsDocument"/>: one Markdig parse per document with a
/// pipeline built once, then one ordered walk of the blocks. Never throws on odd Markdown; what it looked for and
/// could not find is listed in <see cref="RequirementsDocument.NotFound"/>.
/// </summary>
public sealed class DocumentAnalyzer
{
    // Precise source locations give every inline its line, so items inside multi-line paragraphs keep theirs.
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePreciseSourceLocation()
        .UsePipeTables()
        .UseYamlFrontMatter()
        .UseTaskLists()
        .UseEmphasisExtras()
        .Build();

    public RequirementsDocument Analyze(string markdown, DocumentKind kind)
    {
        var source = Normalize(markdown ?? string.Empty);
        var document = Markdown.Parse(source, Pipeline);
        return new DocumentReader(kind).Read(document, source);
    }

    public DocumentSet Analyze(string prdMarkdown, string trdMarkdown) =>
        new(Analyze(prdMarkdown, DocumentKind.Prd), Analyze(trdMarkdown, DocumentKind.Trd));

    /// <summary>
    /// Without a byte-order mark (which would hide front matter and the first heading) and with one kind of line end,
    /// counted the way Markdig and editors count them (CR LF, CR and LF each end one line).
    /// </summary>
    private static string Normalize(string markdown)
    {
        var text = markdown.StartsWith('\uFEFF') ? markdown[1..] : markdown;
        return text.Contains('\r', StringComparison.Ordinal) ? text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n') : text;
    }
}
