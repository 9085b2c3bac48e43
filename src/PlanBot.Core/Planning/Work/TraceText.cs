using System.Text.RegularExpressions;
using PlanBot.Core.Documents;
using PlanBot.Core.Planning.Inputs;
using PlanBot.Core.Planning.Writing;

namespace PlanBot.Core.Planning.Work;

/// <summary>
/// How each kind of document item is named in a week's traces (the <c>**Delivers:**</c> line): requirement ids as
/// written (titles of requirements without one), <c>METHOD /path</c>, <c>table name</c>, integration names, <c>TRD § Section</c>. Commas separate traces
/// in the Markdown, so none may contain one.
/// </summary>
internal static partial class TraceText
{
    public static string Endpoint(ApiEndpoint endpoint) => Clean($"{endpoint.Method.Trim().ToUpperInvariant()} {endpoint.Path.Trim()}");

    public static string Table(DataEntity table) => Clean("table " + table.Name.Trim());

    public static string Integration(Integration integration) => Clean(integration.Name);

    /// <summary>A requirement's <see cref="RequirementBlock.Name"/>, or a user story's id.</summary>
    public static string Requirement(string name) => Clean(name);

    public static string Section(Sourced<DocumentSection> section) =>
        Clean($"{Source.Name(section.Document)} § {Numbering().Replace(section.Value.Title.Trim(), string.Empty)}");

    private static string Clean(string text) => Prose.Short(text.Replace(',', ' '), 120);

    [GeneratedRegex(@"^(?:\d+(?:\.\d+)*\.?|[IVX]+\.)\s+")]
    private static partial Regex Numbering();
}
