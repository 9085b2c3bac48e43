using System.Globalization;

namespace PlanBot.Core.Documents.Review;

/// <summary>The TRD against the LerianStudio TRD structure, and its endpoints against the PRD's requirements.</summary>
internal static class TrdReview
{
    public static void Run(DocumentSet documents, ReviewFindings findings)
    {
        var trd = documents.Trd;
        var explained = new HashSet<SectionRole>();

        // Targets may sit in the PRD's non-functional requirements or the TRD's performance section; the plan
        // needs one somewhere to prove in a week's acceptance criteria.
        if (documents.Prd.PerformanceTargets.Count == 0 && trd.PerformanceTargets.Count == 0)
        {
            explained.Add(SectionRole.Performance);
            var section = PrdReview.SectionLine(trd, SectionRole.Performance);
            findings.Add(
                QualityCodes.TrdNoPerformanceTarget,
                FindingSeverity.Warning,
                section,
                (section > 0 ? "The Performance section has no measurable target" : "Neither the PRD nor the TRD has a measurable performance target")
                    + " (e.g. \"P99 < 50ms\", \"1,000 requests/s\", \"99.9% availability\"): without one the plan has nothing to prove in its performance work.");
        }

        findings.MissingSections(QualityCodes.TrdMissingSections, trd, LerianStructure.Trd, explained);

        // Without PRD requirements nothing can be traced, and PRD002 already says so.
        if (documents.Prd.Requirements.Count > 0)
        {
            var trace = new EndpointTrace(documents);
            findings.PerItem(
                QualityCodes.TrdUntracedEndpoint,
                FindingSeverity.Info,
                trd.Endpoints.Where(endpoint => !trace.IsTraced(endpoint)),
                e => e.Line,
                e => string.Create(CultureInfo.InvariantCulture, $"{e} (line {e.Line})"),
                e => $"{e} is not traced to a PRD requirement: no requirement names it or its resource. Mention the requirement it serves (e.g. FR-003) in its section, or drop it if no requirement needs it.",
                (count, list) => $"{count} endpoints are not traced to a PRD requirement: {list}. Mention the requirement each serves (e.g. FR-003) in its section, or drop those no requirement needs.");
        }

        PrdReview.Duplicates(trd, QualityCodes.TrdDuplicateId, findings);
    }
}
