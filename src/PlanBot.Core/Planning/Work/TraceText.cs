using System.Text.RegularExpressions;
using PlanBot.Core.Documents;

namespace PlanBot.Core.Planning.Work;

/// <summary>
/// How each kind of document item is named in a week's traces (the <c>**Delivers:**</c> line): requirement ids as
/// written, <c>METHOD /path</c>, <c>table name</c>, integration names, <c>TRD § Section</c>. Commas separate traces
/// in the Markdown, so none may contain one.
/// </summary>
internal static partial class TraceText
{
    public static string Endpoint(ApiEndpoint endpoint) => Clean($"{endpoint.Method.Trim().ToUpperInvariant()} {endpoint.Path.Trim()}");

    public static string Table(DataEntity table) => Clean("table " + table.Name.Trim());

    public static string Integration(Integration integration) => Clean(integration.Name);

    public static string Requirement(string id) => Clean(id);

    public static string Section(Sourced<DocumentSection> section) =>
        Clean($"{Source.Name(section.Document)} § {Numbering().Replace(section.Value.Title.Trim(), string.Empty)}");

    private static string Clean(string text) => Prose.Short(text.Replace(',', ' '), 120);

    [GeneratedRegex(@"^(?:\d+(?:\.\d+)*\.?|[IVX]+\.)\s+")]
    private static partial Regex Numbering();
}
