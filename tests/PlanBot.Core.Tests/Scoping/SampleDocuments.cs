using System.Collections.ObjectModel;
using PlanBot.Core.Documents;

namespace PlanBot.Core.Tests.Scoping;

/// <summary>A small hand-made PRD/TRD analysis: a payments-reconciliation plugin, written for these tests.</summary>
internal static class SampleDocuments
{
    public static DocumentSet Set { get; } = new(
        Document(
            DocumentKind.Prd,
            "Reconciliation Plugin PRD",
            requirements:
            [
                new Requirement("FR-001", "Import bank statements", RequirementKind.Functional, Priority.MustHave, 40, ValueList<string>.Empty),
                new Requirement("FR-002", "Match transactions to ledger entries", RequirementKind.Functional, Priority.MustHave, 48, ValueList<string>.Empty),
                new Requirement("FR-003", "Export reports as CSV | PDF for @finance", RequirementKind.Functional, Priority.CouldHave, 55, ValueList<string>.Empty),
                new Requirement("NFR-001", "Encrypt data at rest", RequirementKind.NonFunctional, Priority.MustHave, 70, ValueList<string>.Empty),
            ],
            integrations: [new Integration("Midaz", IntegrationKind.PlatformService, 12, 4)],
            targets: [new PerformanceTarget("99.9% uptime", "availability", 80)],
            risks: [new DocumentItem("Bank file formats vary (fixes #12)", 90)]),
        Document(
            DocumentKind.Trd,
            "Reconciliation Plugin TRD",
            requirements: [],
            integrations:
            [
                new Integration("PostgreSQL", IntegrationKind.DataStore, 20, 6),
                new Integration("RabbitMQ", IntegrationKind.MessageBroker, 25, 2),
                new Integration("Midaz", IntegrationKind.PlatformService, 30, 3),
            ],
            targets:
            [
                new PerformanceTarget("P99 < 50ms for matching requests", "latency", 100),
                new PerformanceTarget("1,000 statements/s import throughput", "throughput", 104),
            ],
            risks: []));

    public static DocumentSet Empty { get; } = new(
        Document(DocumentKind.Prd, "Empty PRD", [], [], [], []),
        Document(DocumentKind.Trd, "Empty TRD", [], [], [], []));

    private static RequirementsDocument Document(
        DocumentKind kind,
        string title,
        Requirement[] requirements,
        Integration[] integrations,
        PerformanceTarget[] targets,
        DocumentItem[] risks) =>
        new(
            kind,
            title,
            new ReadOnlyDictionary<string, string>(new Dictionary<string, string>()),
            ValueList<DocumentSection>.Empty,
            requirements,
            ValueList<AcceptanceCriterion>.Empty,
            ValueList<UserStory>.Empty,
            ValueList<ApiEndpoint>.Empty,
            ValueList<DataEntity>.Empty,
            integrations,
            ValueList<Technology>.Empty,
            targets,
            risks,
            ValueList<DocumentItem>.Empty,
            ValueList<SuggestedPhase>.Empty,
            ValueList<Constraint>.Empty,
            ValueList<string>.Empty);
}
