using PlanBot.Core.Documents.Analysis;
using PlanBot.Core.Graphs;

namespace PlanBot.Core.Documents.Review;

/// <summary>The PRD against the LerianStudio PRD structure: what the plan is built from must be there and be usable.</summary>
internal static class PrdReview
{
    public static void Run(DocumentSet documents, ReviewFindings findings)
    {
        var prd = documents.Prd;
        var functional = prd.Requirements.Where(r => r.Kind == RequirementKind.Functional).ToList();
        var explained = new HashSet<SectionRole>();

        if (functional.Count == 0)
        {
            explained.Add(SectionRole.FunctionalRequirements);
            var section = SectionLine(prd, SectionRole.FunctionalRequirements);
            findings.Add(
                QualityCodes.PrdNoFunctionalRequirements,
                FindingSeverity.Warning,
                section,
                section > 0
                    ? "The Functional Requirements section has no requirement PlanBot could read: write each one as a heading, list item or table row, ideally with an id like FR-001, so the plan can schedule it."
                    : "No functional requirement was found, and the plan is built from them: add a Functional Requirements section with one entry per requirement, ideally with ids like FR-001.");
        }

        if (prd.SuccessCriteria.Count == 0 && documents.Trd.SuccessCriteria.Count == 0)
        {
            explained.Add(SectionRole.SuccessCriteria);
            var section = SectionLine(prd, SectionRole.SuccessCriteria);
            findings.Add(
                QualityCodes.PrdNoSuccessCriteria,
                FindingSeverity.Warning,
                section,
                section > 0
                    ? "The Success Criteria section has no criterion PlanBot could read: list measurable outcomes (e.g. \"90% of new users finish onboarding in under 5 minutes\"); the plan's success metrics come from them."
                    : "No success criteria were found: add a Success Criteria section with measurable outcomes (e.g. \"90% of new users finish onboarding in under 5 minutes\"); the plan's success metrics come from them.");
        }

        findings.MissingSections(QualityCodes.PrdMissingSections, prd, LerianStructure.Prd, explained);

        findings.PerItem(
            QualityCodes.PrdNoAcceptanceCriteria,
            FindingSeverity.Warning,
            functional.Where(r => r.AcceptanceCriteria.Count == 0),
            r => r.Line,
            Phrases.RequirementInList,
            r => $"{Phrases.Requirement(r)} has no acceptance criteria: add testable criteria so the plan can turn them into checkboxes for the week that delivers it.",
            (count, list) => $"{count} functional requirements have no acceptance criteria: {list}. Add testable criteria under each so the plan can turn them into checkboxes.");

        // Non-functional requirements are targets rather than features to order, and rarely carry a priority.
        findings.PerItem(
            QualityCodes.PrdNoPriority,
            FindingSeverity.Warning,
            functional.Where(r => r.Priority == Priority.Unspecified),
            r => r.Line,
            Phrases.RequirementInList,
            r => $"{Phrases.Requirement(r)} has no priority: mark it P0–P2 or Must/Should/Could have, so must-haves are planned before nice-to-haves.",
            (count, list) => $"{count} functional requirements have no priority: {list}. Mark each P0–P2 or Must/Should/Could have, so must-haves are planned before nice-to-haves.");

        Duplicates(prd, QualityCodes.PrdDuplicateId, findings);
        Cycles(prd, findings);

        var withoutId = prd.Requirements.Where(r => !r.HasExplicitId).OrderBy(r => r.Line).ToList();
        if (withoutId.Count > 0)
        {
            var first = withoutId[0];
            findings.Add(
                QualityCodes.PrdRequirementsWithoutId,
                FindingSeverity.Info,
                first.Line,
                withoutId.Count == 1
                    ? $"{Phrases.Requirement(first)} has no id: an id like FR-001 lets the plan, its issues and the traceability matrix name it."
                    : $"{withoutId.Count} requirements have no id, starting with {Phrases.Requirement(first)}: ids like FR-001 let the plan, its issues and the traceability matrix name them.");
        }
    }

    /// <summary>Requirements that wait for each other: no order satisfies them, so a person has to say which comes first.</summary>
    private static void Cycles(RequirementsDocument prd, ReviewFindings findings)
    {
        var byKey = prd.Requirements.Where(r => r.HasExplicitId).GroupBy(r => RequirementIds.Key(r.Id!)).ToDictionary(g => g.Key, g => g.First());
        IEnumerable<Requirement> WaitsFor(Requirement requirement) =>
            requirement.DependsOn.Concat(requirement.AcceptanceCriteria.Prepend(requirement.Title).SelectMany(DependencyStatements.KeysIn))
                .Select(byKey.GetValueOrDefault)
                .OfType<Requirement>()
                .Where(other => other != requirement);

        var (_, cycles) = StableOrder.Of(byKey.Values.OrderBy(r => r.Line).ToList(), WaitsFor);
        foreach (var cycle in cycles)
        {
            var ids = cycle.Append(cycle[0]).Select(r => r.Id!.Trim());
            findings.Add(
                QualityCodes.PrdDependencyCycle,
                FindingSeverity.Warning,
                cycle.Min(r => r.Line),
                $"{string.Join(" → ", ids)}: these requirements wait for each other, so no order satisfies them. Say which comes first; until then the plan picks an order and names the cycle in its assumptions.");
        }
    }

    /// <summary>The second and later uses of an explicit id, each on its own line, pointing at the first.</summary>
    public static void Duplicates(RequirementsDocument document, string code, ReviewFindings findings)
    {
        var first = new Dictionary<string, Requirement>(StringComparer.OrdinalIgnoreCase);
        foreach (var requirement in document.Requirements.Where(r => r.HasExplicitId).OrderBy(r => r.Line))
        {
            if (!first.TryAdd(requirement.Key, requirement))
            {
                var original = first[requirement.Key];
                findings.Add(
                    code,
                    FindingSeverity.Warning,
                    requirement.Line,
                    $"{requirement.Id} is used again here (first at line {original.Line}): give each requirement its own id, so issues and the traceability matrix point at one requirement.");
            }
        }
    }

    public static int SectionLine(RequirementsDocument document, SectionRole role) =>
        document.Sections.FirstOrDefault(section => section.Role == role)?.Line ?? 0;
}
