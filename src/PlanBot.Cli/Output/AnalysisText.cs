using System.Globalization;
using PlanBot.Cli.Input;
using PlanBot.Core.Documents;

namespace PlanBot.Cli.Output;

/// <summary>The human summary of <c>planbot analyze</c>: counts per kind of item, then each item with its line.</summary>
public static class AnalysisText
{
    public static string Render(AnalysisReport report, DocumentPair documents)
    {
        var writer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        Write(writer, report.Documents.Prd, documents.Prd.DisplayPath);
        writer.WriteLine();
        Write(writer, report.Documents.Trd, documents.Trd.DisplayPath);
        writer.WriteLine();
        writer.WriteLine(Count(report.Findings.Count, "finding") + (report.Findings.Count > 0 ? ":" : string.Empty));
        foreach (var finding in report.Findings)
        {
            writer.WriteLine($"  {FindingLines.Format(finding, documents)}");
        }

        return writer.ToString();
    }

    private static void Write(StringWriter writer, RequirementsDocument document, string path)
    {
        writer.WriteLine($"{path} ({document.Kind.ToString().ToUpperInvariant()}): {document.Title}");
        foreach (var (key, value) in document.Metadata.OrderBy(m => m.Key, StringComparer.Ordinal))
        {
            writer.WriteLine($"  {key}: {value}");
        }

        Section(writer, path, "section", document.Sections, s => s.Line, s => $"{new string('#', s.Level)} {s.Title} [{s.Role}]");
        Section(writer, path, "requirement", document.Requirements, r => r.Line, r =>
            $"{r.Id ?? $"(no id, key {r.Key})"} {r.Kind} {r.Priority}: {r.Title}" + (r.AcceptanceCriteria.Count > 0 ? $" ({Count(r.AcceptanceCriteria.Count, "acceptance criterion", "acceptance criteria")})" : string.Empty));
        Section(writer, path, "acceptance criterion", document.Criteria, c => c.Line, c =>
            $"{(c.Id is null ? string.Empty : c.Id + " ")}[{c.Owner ?? "stated on its own"}]: {c.Text}", "acceptance criteria");
        Section(writer, path, "user story", document.Stories, s => s.Line, s =>
            $"{s.Id ?? "-"}: as {s.Role}, {s.Goal}" + (s.Benefit is null ? string.Empty : $", so that {s.Benefit}"), "user stories");
        Section(writer, path, "endpoint", document.Endpoints, e => e.Line, e => e.ToString());
        Section(writer, path, "entity", document.Entities, e => e.Line, e => $"{e.Name} ({Count(e.Fields.Count, "field")})", "entities");
        Section(writer, path, "integration", document.Integrations, i => i.Line, i => $"{i.Name} [{i.Kind}] x{i.Mentions.ToString(CultureInfo.InvariantCulture)}");
        Section(writer, path, "technology", document.Stack, t => t.Line, t => $"{t.Name} [{t.Kind}]", "technologies");
        Section(writer, path, "constraint", document.Constraints, c => c.Line, c => $"excludes {string.Join(", ", c.Excludes)}: {c.Text}");
        Section(writer, path, "performance target", document.PerformanceTargets, t => t.Line, t => $"{t.Metric}: {t.Text}");
        Section(writer, path, "risk", document.Risks, r => r.Line, r => r.Text);
        Section(writer, path, "success criterion", document.SuccessCriteria, c => c.Line, c => c.Text, "success criteria");
        Section(writer, path, "suggested phase", document.Phases, p => p.Line, p =>
            p.Name + (p.Weeks is { } weeks ? $" ({Count(weeks, "week")})" : string.Empty));
        if (document.NotFound.Count > 0)
        {
            writer.WriteLine($"  not found: {string.Join(", ", document.NotFound)}");
        }
    }

    private static void Section<T>(
        StringWriter writer,
        string path,
        string noun,
        IReadOnlyList<T> items,
        Func<T, int> line,
        Func<T, string> describe,
        string? plural = null)
    {
        writer.WriteLine($"  {Count(items.Count, noun, plural)}");
        foreach (var item in items)
        {
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    {path}:{line(item)}  {CliApp.OneLine(describe(item))}"));
        }
    }

    private static string Count(int count, string noun, string? plural = null) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {(count == 1 ? noun : plural ?? noun + "s")}");
}
