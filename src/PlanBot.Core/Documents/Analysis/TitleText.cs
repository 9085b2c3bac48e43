using System.Text.RegularExpressions;

namespace PlanBot.Core.Documents.Analysis;

/// <summary>
/// The product name in a document title: "Product Requirements Document: X", "PRD — X", "X — PRD v1.0",
/// "X 产品需求文档 (PRD)" all name X. A title that is only the document type ("Technical Requirements Document (TRD)")
/// names nothing, and a subtitle under it may. Also the first sentence of a requirement's text, for its title.
/// </summary>
internal static partial class TitleText
{
    // Trim sets as fields, not argument lists: a params char[] is a new array on every call, and these run per item.
    private static readonly char[] Dashes = ['—', '–', '-', ':', ' '];
    private static readonly char[] SentenceEnd = ['.', '。', ' '];
    private static readonly char[] Separators = [' ', ':', '：', '—', '–', '-', '|', '.', ')', ']', '*', '_'];

    /// <summary>The title without the document-type words; empty when it was nothing else.</summary>
    public static string Product(string title)
    {
        var text = title.Trim();
        var lead = LeadingType().Match(text);
        if (lead.Success)
        {
            text = text[lead.Length..];
        }

        for (var i = 0; i < 3; i++)
        {
            var trail = TrailingType().Match(text);
            if (!trail.Success || trail.Length == 0)
            {
                break;
            }

            text = text[..trail.Index];
        }

        return text.Trim().Trim(Dashes);
    }

    /// <summary>Whether a heading names the document type (so it is the title even when it is not an H1).</summary>
    public static bool NamesDocumentType(string heading) => !string.Equals(Product(heading), heading.Trim(), StringComparison.Ordinal);

    /// <summary>The text up to the end of its first sentence (for requirement titles), without trailing punctuation.</summary>
    public static string FirstSentence(string text)
    {
        var trimmed = text.Trim();
        for (var i = 0; i + 1 < trimmed.Length; i++)
        {
            if ((trimmed[i] is '。' or '！' or '？' || (trimmed[i] is '.' or '!' or '?' && trimmed[i + 1] == ' ')) && i > 2)
            {
                return trimmed[..i].Trim();
            }
        }

        return trimmed.TrimEnd(SentenceEnd);
    }

    /// <summary>Separators between an id or label and the words after it.</summary>
    public static string AfterSeparators(string text) => text.TrimStart(Separators).Trim();

    [GeneratedRegex(
        @"^(?:gate\s*\d+\s+)?(?:product\s+requirements?(?:\s+document)?|technical\s+requirements?(?:\s+document)?|technical\s+(?:reference|design)\s+document|project\s+requirements\s+document|requirements\s+document|design\s+document|architecture\s+decision\s+document|prd|trd|ard|产品需求文档|核心技术设计文档|技术设计文档|技术需求文档)(?:\s*\((?:prd|trd)\))?(?:\s+v?\d+(?:\.\d+)*)?\s*(?:[:：—–-]\s*|$)",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex LeadingType();

    [GeneratedRegex(
        @"(?:^|\s+|\s*[—–-]\s*)\(?(?:prd|trd|product\s+requirements(?:\s+document)?|technical\s+requirements(?:\s+document)?|产品需求文档|核心技术设计文档|技术设计文档|技术需求文档)\)?(?:\s+v?\d+(?:\.\d+)*)?\s*$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex TrailingType();
}
