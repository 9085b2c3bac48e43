using Markdig;
using Markdig.Syntax;
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
        return new DocumentReader(kind).Read(Parse(source), source);
    }

    public DocumentSet Analyze(string prdMarkdown, string trdMarkdown) =>
        new(Analyze(prdMarkdown, DocumentKind.Prd), Analyze(trdMarkdown, DocumentKind.Trd));

    /// <summary>
    /// Markdig refuses input nested deeper than it allows (thousands of <c>&gt;</c> or indented list levels, tables of
    /// tens of thousands of columns) with an <see cref="ArgumentException"/>. Such a document is read again with its
    /// structure flattened — quote markers, indentation and pipes removed, lines kept — so its headings, ids and targets
    /// are still found at their lines; and if even that is refused, it is read as having no content.
    /// </summary>
    private static MarkdownDocument Parse(string source)
    {
        try
        {
            return Markdown.Parse(source, Pipeline);
        }
        catch (ArgumentException)
        {
            try
            {
                return Markdown.Parse(Flatten(source), Pipeline);
            }
            catch (ArgumentException)
            {
                return new MarkdownDocument();
            }
        }
    }

    private static string Flatten(string source)
    {
        var lines = source.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            lines[i] = lines[i].TrimStart(' ', '\t', '>').Replace('|', ' ');
        }

        return string.Join('\n', lines);
    }

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
