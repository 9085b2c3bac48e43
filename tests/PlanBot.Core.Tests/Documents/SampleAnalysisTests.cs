using PlanBot.Core.Documents;
using PlanBot.Core.Tests.Cli;

namespace PlanBot.Core.Tests.Documents;

/// <summary>The bundled sample (payments reconciliation plugin) read as a person reads it.</summary>
public sealed class SampleAnalysisTests
{
    private static readonly DocumentSet Sample = new DocumentAnalyzer().Analyze(
        File.ReadAllText(SamplePaths.SampleFile("PRD.md")),
        File.ReadAllText(SamplePaths.SampleFile("TRD.md")));

    private static RequirementsDocument Prd => Sample.Prd;

    private static RequirementsDocument Trd => Sample.Trd;

    [Fact]
    public void Prd_title_metadata_and_every_section_of_the_LerianStudio_structure()
    {
        Assert.Equal("Payments Reconciliation Plugin", Prd.Title);
        Assert.Equal("Approved", Prd.Metadata["Status"]);
        Assert.Equal("2026-11-02", Prd.Metadata["Last updated"]);
        SectionRole[] lerian =
        [
            SectionRole.ExecutiveSummary, SectionRole.ProblemStatement, SectionRole.Goals, SectionRole.UserPersonas,
            SectionRole.UserStories, SectionRole.FunctionalRequirements, SectionRole.NonFunctionalRequirements,
            SectionRole.UserExperience, SectionRole.Scope, SectionRole.Assumptions, SectionRole.Dependencies,
            SectionRole.Risks, SectionRole.Timeline, SectionRole.SuccessCriteria,
        ];
        Assert.Equal(lerian, Prd.Sections.Where(s => s.Level == 2).Select(s => s.Role));
        Assert.Empty(Prd.NotFound);
    }

    [Fact]
    public void Prd_requirements_with_priorities_and_acceptance_criteria()
    {
        Assert.Equal(
            [
                "FR-001 MustHave 3", "FR-002 MustHave 2", "FR-003 MustHave 3", "FR-004 MustHave 2", "FR-005 ShouldHave 2",
                "FR-006 MustHave 2", "FR-007 ShouldHave 2", "FR-008 ShouldHave 2", "FR-009 CouldHave 1", "FR-010 MustHave 2",
                "NFR-001 Unspecified 2", "NFR-002 Unspecified 1", "NFR-003 Unspecified 1", "NFR-004 Unspecified 1", "NFR-005 Unspecified 1",
            ],
            Prd.Requirements.Select(r => $"{r.Id} {r.Priority} {r.AcceptanceCriteria.Count}"));
        var import = Prd.Requirements[0];
        Assert.Equal(("Statement import", 73, RequirementKind.Functional), (import.Title, import.Line, import.Kind));
        Assert.Equal("A file already imported (same checksum for the same account) is rejected with a clear message.", import.AcceptanceCriteria[1]);
        Assert.All(Prd.Requirements, r => Assert.True(r.HasExplicitId));
        Assert.Equal(RequirementKind.NonFunctional, Prd.Requirements.Single(r => r.Id == "NFR-002").Kind);
    }

    [Fact]
    public void Prd_stories_targets_risks_success_criteria_and_phases()
    {
        Assert.Equal([56, 58, 60, 62, 64, 66, 68], Prd.Stories.Select(s => s.Line));
        var first = Prd.Stories[0];
        Assert.Equal(("US-001", "reconciliation operator", "upload a bank statement file", "its lines are matched against the ledger without manual work"), (first.Id, first.Role, first.Goal, first.Benefit));

        Assert.Equal(
            [
                (37, "duration"), (136, "duration"), (169, "latency"), (170, "duration"), (173, "availability"), (236, "latency"),
            ],
            Prd.PerformanceTargets.Select(t => (t.Line, t.Metric)));
        Assert.Equal("API read endpoints respond with P99 < 200ms at 1,000 req/s.", Prd.PerformanceTargets[2].Text);

        Assert.Equal([220, 221, 222, 223], Prd.Risks.Select(r => r.Line));
        Assert.Equal("Midaz API rate limits slow large syncs", Prd.Risks[2].Text);
        Assert.Equal([234, 235, 236, 237], Prd.SuccessCriteria.Select(c => c.Line));
        Assert.Equal(
            [("Phase 1 — Foundation", 3, 227), ("Phase 2 — Matching", 4, 228), ("Phase 3 — Operations", 3, 229), ("Phase 4 — Launch", 2, 230)],
            Prd.Phases.Select(p => (p.Name, p.Weeks ?? 0, p.Line)));
    }

    [Fact]
    public void Prd_names_the_platform_services_it_depends_on()
    {
        Assert.Equal(
            [("Midaz", IntegrationKind.PlatformService, 12), ("Access Manager", IntegrationKind.PlatformService, 147), ("License SDK", IntegrationKind.PlatformService, 163)],
            Prd.Integrations.Select(i => (i.Name, i.Kind, i.Line)));
    }

    [Fact]
    public void Trd_sections_endpoints_once_each_and_tables()
    {
        SectionRole[] lerian =
        [
            SectionRole.SystemArchitecture, SectionRole.TechnologyStack, SectionRole.DatabaseDesign, SectionRole.ApiSpecifications,
            SectionRole.CoreEngine, SectionRole.Performance, SectionRole.Security, SectionRole.Deployment, SectionRole.Monitoring,
        ];
        Assert.Equal(lerian, Trd.Sections.Where(s => s.Level == 2).Select(s => s.Role));

        // The Go routes repeat the table's endpoints with ":id": the table's lines are kept, nothing is listed twice.
        Assert.Equal(Enumerable.Range(111, 12), Trd.Endpoints.Select(e => e.Line));
        Assert.Equal(("DELETE", "/v1/matches/{id}"), (Trd.Endpoints[6].Method, Trd.Endpoints[6].Path));

        Assert.Equal(["statements 51 9", "statement_lines 64 8", "matches 75 8", "audit_events 86 8"], Trd.Entities.Select(e => $"{e.Name} {e.Line} {e.Fields.Count}"));
        Assert.Equal(["id", "statement_id", "line_number", "amount", "currency", "value_date", "reference", "status"], Trd.Entities[1].Fields);
        Assert.Empty(Trd.NotFound);
    }

    [Fact]
    public void Trd_integrations_and_targets()
    {
        Assert.Equal(
            ["Midaz PlatformService 10", "PostgreSQL DataStore 10", "RabbitMQ MessageBroker 10", "Valkey DataStore 11", "Access Manager PlatformService 23", "License SDK PlatformService 24"],
            Trd.Integrations.Select(i => $"{i.Name} {i.Kind} {i.Line}"));
        Assert.Equal(
            ["latency: Read endpoint latency: P99 < 200ms", "throughput: Throughput: 1,000 req/s sustained per instance pair", "duration: Matching run: 100,000 lines in under 5 minutes", "duration: Statement import: 50 MB file parsed in under 60 seconds", "availability: Availability: 99.9% uptime"],
            Trd.PerformanceTargets.Select(t => $"{t.Metric}: {t.Text}"));
        Assert.Equal([171, 172, 173, 174, 175], Trd.PerformanceTargets.Select(t => t.Line));
    }
}
