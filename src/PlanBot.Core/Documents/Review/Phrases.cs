namespace PlanBot.Core.Documents.Review;

/// <summary>How findings name things: lists in prose, requirements by id or by the start of their title.</summary>
internal static class Phrases
{
    private const int MaxTitleLength = 50;

    public static string DocumentName(DocumentKind kind) => kind == DocumentKind.Prd ? "PRD" : "TRD";

    /// <summary>"A", "A or B", "A, B or C".</summary>
    public static string List(IReadOnlyList<string> items, string conjunction) => items.Count switch
    {
        0 => string.Empty,
        1 => items[0],
        _ => $"{string.Join(", ", items.Take(items.Count - 1))} {conjunction} {items[^1]}",
    };

    /// <summary><c>FR-003 "Export reports"</c>, or only the quoted title when the document gives no id.</summary>
    public static string Requirement(Requirement requirement)
    {
        var title = Quoted(requirement.Title);
        return (requirement.Id, title.Length) switch
        {
            ({ } id, 0) => id,
            ({ } id, _) => $"{id} {title}",
            (null, 0) => "An untitled requirement",
            _ => title,
        };
    }

    /// <summary>For lists, which stay short: <c>FR-003 (line 42)</c>, or only <c>line 42</c> without an id.</summary>
    public static string RequirementInList(Requirement requirement) =>
        requirement.Id is { } id ? Invariant($"{id} (line {requirement.Line})") : Invariant($"line {requirement.Line}");

    private static string Invariant(FormattableString text) => text.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string Quoted(string title)
    {
        var line = title.ReplaceLineEndings(" ").Trim();
        if (line.Length == 0)
        {
            return string.Empty;
        }

        return line.Length <= MaxTitleLength ? $"\"{line}\"" : $"\"{line[..(MaxTitleLength - 1)].TrimEnd()}…\"";
    }
}
