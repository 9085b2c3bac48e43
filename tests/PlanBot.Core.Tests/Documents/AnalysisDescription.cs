using System.Globalization;
using PlanBot.Core.Documents;

namespace PlanBot.Core.Tests.Documents;

/// <summary>
/// An analysed document as one line per item ("req 12: FR-001 Functional MustHave: Import"), so a test states what a
/// person sees in a snippet as plain text. The first word names the kind of item.
/// </summary>
public static class AnalysisDescription
{
    public static IReadOnlyList<string> Of(RequirementsDocument document)
    {
        var lines = new List<string> { $"title: {document.Title}" };
        lines.AddRange(document.Metadata.OrderBy(m => m.Key, StringComparer.Ordinal).Select(m => $"meta: {m.Key} = {m.Value}"));
        lines.AddRange(document.Sections.Select(s => Line("section", s.Line, $"{new string('#', s.Level)} {s.Title} [{s.Role}]")));
        foreach (var r in document.Requirements)
        {
            lines.Add(Line("req", r.Line, $"{r.Key} {r.Kind} {r.Priority}{(r.HasExplicitId ? string.Empty : " (no id)")}: {r.Title}"));
        }

        lines.AddRange(document.Criteria.Select(c => Line("ac", c.Line, $"{(c.Id is null ? string.Empty : c.Id + " ")}[{c.Owner ?? "-"}]: {c.Text}")));

        lines.AddRange(document.Stories.Select(s => Line("story", s.Line, $"{s.Id ?? "-"}: {s.Role} | {s.Goal} | {s.Benefit ?? "-"}")));
        lines.AddRange(document.Endpoints.Select(e => Line("endpoint", e.Line, e.ToString())));
        lines.AddRange(document.Entities.Select(e => Line("entity", e.Line, $"{e.Name} ({string.Join(", ", e.Fields)})")));
        lines.AddRange(document.Integrations.Select(i => Line("integration", i.Line, $"{i.Name} {i.Kind} x{i.Mentions.ToString(CultureInfo.InvariantCulture)}")));
        lines.AddRange(document.PerformanceTargets.Select(t => Line("target", t.Line, $"{t.Metric}: {t.Text}")));
        lines.AddRange(document.Risks.Select(r => Line("risk", r.Line, r.Text)));
        lines.AddRange(document.SuccessCriteria.Select(c => Line("success", c.Line, c.Text)));
        lines.AddRange(document.Phases.Select(p => Line("phase", p.Line, $"{p.Name} ({(p.Weeks is { } w ? w.ToString(CultureInfo.InvariantCulture) : "-")}){(p.Work.Length > 0 ? ": " + p.Work : "")}")));
        lines.AddRange(document.OutOfScope.Select(o => Line("out", o.Line, o.Text)));
        lines.Add($"notfound: {string.Join(", ", document.NotFound)}");
        return lines;
    }

    /// <summary>The kind of a description line: its first word ("req", "ac", "meta", …).</summary>
    public static string KindOf(string line)
    {
        var end = line.IndexOfAny([' ', ':']);
        return end < 0 ? line : line[..end];
    }

    private static string Line(string kind, int line, string text) => string.Create(CultureInfo.InvariantCulture, $"{kind} {line}: {text}");
}
