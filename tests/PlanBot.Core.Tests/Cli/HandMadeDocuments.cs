using PlanBot.Cli.Input;
using PlanBot.Core.Documents;

namespace PlanBot.Core.Tests.Cli;

/// <summary>An analysed PRD/TRD pair written by hand, so output formatting is tested without the analyser.</summary>
public static class HandMadeDocuments
{
    public static DocumentPair Pair { get; } = new(new SourceText("docs/PRD.md", "# PRD"), new SourceText("docs/TRD.md", "# TRD"), IsBundledSample: false, RepositorySettingsFile.None, Root: null);

    public static DocumentSet Set { get; } = new(
        new RequirementsDocument(
            DocumentKind.Prd,
            "Payments Reconciliation Plugin",
            new Dictionary<string, string> { ["Version"] = "1.0", ["Status"] = "Approved" },
            List(new DocumentSection("Functional Requirements", 2, 10, SectionRole.FunctionalRequirements)),
            List(new Requirement("FR-001", "Statement import", RequirementKind.Functional, Priority.MustHave, 12, List("Files up to 50 MB", "Duplicates rejected"))),
            List(new AcceptanceCriterion("Files up to 50 MB", 14, null, "FR-001"), new AcceptanceCriterion("Duplicates rejected", 15, null, "FR-001"), new AcceptanceCriterion("An import can be undone", 70, "AC-3", null)),
            List(new UserStory("US-001", "reconciliation operator", "upload a statement", "lines are matched", 7)),
            ValueList<ApiEndpoint>.Empty,
            ValueList<DataEntity>.Empty,
            List(new Integration("Midaz", IntegrationKind.PlatformService, 30, 4)),
            ValueList<Technology>.Empty,
            List(new PerformanceTarget("P99 < 200ms", "latency", 40)),
            List(new DocumentItem("Bank layouts vary — a lot", 50)),
            ValueList<DocumentItem>.Empty,
            List(new SuggestedPhase("Phase 1 — Foundation", 3, 60)),
            List(new Constraint("Do not use Redis for sessions.", 80, List("Redis"))),
            List("Success Criteria")),
        new RequirementsDocument(
            DocumentKind.Trd,
            "Payments Reconciliation Plugin TRD",
            new Dictionary<string, string>(),
            List(new DocumentSection("API Specifications", 2, 3, SectionRole.ApiSpecifications)),
            ValueList<Requirement>.Empty,
            ValueList<AcceptanceCriterion>.Empty,
            ValueList<UserStory>.Empty,
            List(new ApiEndpoint("POST", "/v1/reconciliations", 5), new ApiEndpoint("GET", "/v1/reconciliations/{id}", 6)),
            List(new DataEntity("statements", 9, List("id", "account_id"))),
            ValueList<Integration>.Empty,
            List(new Technology("Go", TechnologyKind.Language, 4), new Technology("Fiber", TechnologyKind.Framework, 5)),
            ValueList<PerformanceTarget>.Empty,
            ValueList<DocumentItem>.Empty,
            ValueList<DocumentItem>.Empty,
            ValueList<SuggestedPhase>.Empty,
            ValueList<Constraint>.Empty,
            ValueList<string>.Empty));

    public static ValueList<QualityFinding> Findings { get; } = List(
        new QualityFinding(DocumentKind.Prd, "PRD003", FindingSeverity.Warning, 42, "Success Criteria section is missing"),
        new QualityFinding(DocumentKind.Trd, "TRD001", FindingSeverity.Info, 0, "No Monitoring section"));

    private static ValueList<T> List<T>(params T[] items) => items;
}
