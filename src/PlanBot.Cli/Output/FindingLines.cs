using System.Globalization;
using PlanBot.Cli.Input;
using PlanBot.Core.Documents;
using PlanBot.Core.Scoping.Answers;

namespace PlanBot.Cli.Output;

/// <summary>Findings as compiler-style lines (<c>PRD.md:42: warning PRD003: …</c>) that editors and CI make clickable.</summary>
public static class FindingLines
{
    public static string Format(QualityFinding finding, DocumentPair documents)
    {
        var location = Location(documents.DisplayPath(finding.Document), finding.Line);
        var severity = finding.Severity == FindingSeverity.Warning ? "warning" : "info";
        return $"{location}: {severity} {finding.Code}: {CliApp.OneLine(finding.Message)}";
    }

    public static string Format(AnswerFinding finding, SourceText answersFile)
    {
        var location = Location(answersFile.DisplayPath, LineOf(finding.QuestionId, answersFile.Text));
        var kind = finding.Kind.ToString().ToLowerInvariant();
        return $"{location}: {kind} {finding.QuestionId}: {CliApp.OneLine(finding.Message)}";
    }

    private static string Location(string path, int line) =>
        line > 0 ? string.Create(CultureInfo.InvariantCulture, $"{path}:{line}") : path;

    // The collector reports question ids, not lines; the last line that sets the id is the one that counted.
    private static int LineOf(string questionId, string text)
    {
        var lines = text.Split('\n');
        for (var i = lines.Length - 1; i >= 0; i--)
        {
            var line = lines[i].TrimStart();
            if (line.StartsWith(questionId, StringComparison.OrdinalIgnoreCase)
                && line.AsSpan(questionId.Length).TrimStart().StartsWith(":", StringComparison.Ordinal))
            {
                return i + 1;
            }
        }

        return 0;
    }
}
