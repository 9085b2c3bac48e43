using PlanBot.Core.Documents;

namespace PlanBot.Core.Tests.Documents;

/// <summary>Every item of an analysis carries a 1-based line inside its document.</summary>
public static class AnalysisLines
{
    /// <summary>Lines as Markdig counts them: CR LF, CR and LF each end one.</summary>
    public static int Count(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n').Length;

    public static IEnumerable<int> Of(RequirementsDocument document) =>
        document.Sections.Select(s => s.Line)
            .Concat(document.Requirements.Select(r => r.Line))
            .Concat(document.Stories.Select(s => s.Line))
            .Concat(document.Endpoints.Select(e => e.Line))
            .Concat(document.Entities.Select(e => e.Line))
            .Concat(document.Integrations.Select(i => i.Line))
            .Concat(document.PerformanceTargets.Select(t => t.Line))
            .Concat(document.Risks.Select(r => r.Line))
            .Concat(document.SuccessCriteria.Select(c => c.Line))
            .Concat(document.Phases.Select(p => p.Line));

    public static void AssertInside(RequirementsDocument document, int lineCount, string what)
    {
        foreach (var line in Of(document))
        {
            Assert.True(line >= 1 && line <= lineCount, $"{what}: line {line} is outside 1..{lineCount}");
        }
    }
}
