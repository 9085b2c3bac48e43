using System.Collections.ObjectModel;
using PlanBot.Core.Documents;

namespace PlanBot.Core.Tests.Documents;

/// <summary>
/// Hand-made analyses for the reviewer (written for these tests): a PRD and a TRD that follow the LerianStudio
/// structures completely, which each test changes in one way with <c>with</c>.
/// </summary>
internal static class ReviewDocuments
{
    private static readonly SectionRole[] PrdRoles =
    [
        SectionRole.ExecutiveSummary, SectionRole.ProblemStatement, SectionRole.Goals, SectionRole.UserPersonas,
        SectionRole.UserStories, SectionRole.FunctionalRequirements, SectionRole.NonFunctionalRequirements,
        SectionRole.UserExperience, SectionRole.Scope, SectionRole.Assumptions, SectionRole.Dependencies,
        SectionRole.Risks, SectionRole.Timeline, SectionRole.SuccessCriteria,
    ];

    private static readonly SectionRole[] TrdRoles =
    [
        SectionRole.SystemArchitecture, SectionRole.TechnologyStack, SectionRole.DatabaseDesign, SectionRole.ApiSpecifications,
        SectionRole.CoreEngine, SectionRole.Performance, SectionRole.Security, SectionRole.Deployment, SectionRole.Monitoring,
    ];

    public static RequirementsDocument Prd { get; } = Empty(DocumentKind.Prd) with
    {
        Title = "Reconciliation Plugin PRD",
        Sections = Sections(PrdRoles),
        Requirements = new[]
        {
            Functional("FR-001", "Import bank statements", 100),
            Functional("FR-002", "Match statement lines to ledger entries", 110),
            Functional("FR-003", "Export reconciliation reports", 120),
            new Requirement("NFR-001", "Encrypt data at rest", RequirementKind.NonFunctional, Priority.Unspecified, 200, ValueList<string>.Empty),
        },
        SuccessCriteria = new[] { new DocumentItem("95% of statement lines matched automatically", 300) },
        PerformanceTargets = new[] { new PerformanceTarget("P99 < 50ms", "latency", 210) },
    };

    public static RequirementsDocument Trd { get; } = Empty(DocumentKind.Trd) with
    {
        Title = "Reconciliation Plugin TRD",
        Sections = Sections(TrdRoles),
        Endpoints = new[]
        {
            new ApiEndpoint("POST", "/v1/statements", 40),
            new ApiEndpoint("GET", "/v1/statements/{id}/matches", 41),
            new ApiEndpoint("GET", "/api/v1/reports/:reportId", 42),
            new ApiEndpoint("GET", "/health", 43),
        },
        PerformanceTargets = new[] { new PerformanceTarget("1,000 statements/s", "throughput", 60) },
    };

    public static DocumentSet Complete { get; } = new(Prd, Trd);

    public static RequirementsDocument Empty(DocumentKind kind) => new(
        kind,
        string.Empty,
        new ReadOnlyDictionary<string, string>(new Dictionary<string, string>()),
        ValueList<DocumentSection>.Empty,
        ValueList<Requirement>.Empty,
        ValueList<AcceptanceCriterion>.Empty,
        ValueList<UserStory>.Empty,
        ValueList<ApiEndpoint>.Empty,
        ValueList<DataEntity>.Empty,
        ValueList<Integration>.Empty,
        ValueList<Technology>.Empty,
        ValueList<PerformanceTarget>.Empty,
        ValueList<DocumentItem>.Empty,
        ValueList<DocumentItem>.Empty,
        ValueList<SuggestedPhase>.Empty,
        ValueList<Constraint>.Empty,
        ValueList<string>.Empty);

    public static Requirement Functional(string? id, string title, int line) =>
        new(id, title, RequirementKind.Functional, Priority.MustHave, line, new[] { $"{title} is demonstrated" });

    /// <summary>One H2 per role, ten lines apart, in the order given.</summary>
    public static ValueList<DocumentSection> Sections(IEnumerable<SectionRole> roles) =>
        roles.Select((role, i) => new DocumentSection(role.ToString(), 2, 10 * (i + 1), role)).ToValueList();
}
