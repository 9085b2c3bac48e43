using System.Text.RegularExpressions;

namespace PlanBot.Core.Documents.Analysis;

/// <summary>
/// The first phrase of a document that shows each kind of project: an app platform ("Android", "SwiftUI"), a library
/// ("the library", "a new Go package"; not "the standard library"), a tool ("a CLI", "ferramenta CLI"), a change to
/// something that exists ("extends an existing system"). Matched in <c>uses</c> (the text with what it excludes
/// blanked out, offsets unchanged) and quoted from <c>source</c>.
/// </summary>
internal static partial class ProjectSignals
{
    private const int EvidenceLength = 80;

    public static ValueList<ProjectSignal> Read(string uses, string source, LineIndex lines)
    {
        var signals = new List<ProjectSignal>();
        foreach (var (kind, pattern) in new (ProjectKind, Regex)[] { (ProjectKind.App, App()), (ProjectKind.Library, Library()), (ProjectKind.Tool, Tool()), (ProjectKind.ServiceChange, Change()) })
        {
            if (pattern.Match(uses) is { Success: true } match)
            {
                signals.Add(new ProjectSignal(kind, lines.LineOf(match.Index), Evidence(source, match.Index)));
            }
        }

        return signals.ToValueList();
    }

    /// <summary>The line the phrase is on, from the phrase, cut on a word.</summary>
    private static string Evidence(string source, int index)
    {
        var end = source.IndexOf('\n', index);
        return Quote.Cut((end < 0 ? source[index..] : source[index..end]).Trim().Trim('`', '*'), EvidenceLength);
    }

    [GeneratedRegex(@"\b(?:android|ios|ipados|macos|watchos|swiftui|jetpack compose|uikit|appkit|react native|flutter|electron|(?:desktop|mobile) app)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex App();

    [GeneratedRegex(@"(?<!standard\s)\b(?:the|this|a|an|new|our)\s+(?:new\s+)?(?:(?:go|python|java|kotlin|rust|typescript|javascript|npm|ruby|c#|\.net)\s+)?(?:library|package|sdk|crate|gem)\b(?!\s+(?:manager|registry|lock))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Library();

    [GeneratedRegex(@"\b(?:(?:a|an|the|single|new|one)\s+(?:\w+\s+)?(?:cli|command[- ]line tool)\b|ferramenta cli\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Tool();

    [GeneratedRegex(@"\b(?:extends an existing|(?:the|an|our) existing (?:service|system|bounded[- ]context|codebase|application|api)|inside the existing)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Change();
}
