using PlanBot.Core.Documents.Review;

namespace PlanBot.Core.Documents;

/// <summary>
/// Flags what a reviewer would, against the LerianStudio PRD and TRD structures (codes in <see cref="QualityCodes"/>,
/// explained in docs/quality-findings.md). Helpful, never blocking, and short: missing sections come as one finding
/// per document, and a problem shared by many requirements or endpoints as one finding that lists them.
/// </summary>
public sealed class QualityReviewer
{
    /// <summary>The findings sorted by document (PRD first), line (document-wide findings, line 0, first) and code.</summary>
    public ValueList<QualityFinding> Review(DocumentSet documents)
    {
        var findings = new List<QualityFinding>();
        PrdReview.Run(documents, new ReviewFindings(DocumentKind.Prd, findings));
        TrdReview.Run(documents, new ReviewFindings(DocumentKind.Trd, findings));
        return findings
            .OrderBy(f => f.Document)
            .ThenBy(f => f.Line)
            .ThenBy(f => f.Code, StringComparer.Ordinal)
            .ThenBy(f => f.Message, StringComparer.Ordinal)
            .ToValueList();
    }
}
