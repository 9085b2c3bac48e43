using PlanBot.Core.Documents;

namespace PlanBot.Core.Tests.Planning;

/// <summary>
/// Hand-made analyses for the planner's tests: <see cref="Reconciliation"/> is what the analyser should read from
/// the sample plugin (ten functional and five non-functional requirements, twelve endpoints written twice, four
/// tables, six integrations, targets in the TRD and inside requirements), with a little hostile text in it, but not
/// the timeline of its PRD, so the plan shapes its own phases; <see cref="PhasedReconciliation"/> has that timeline;
/// <see cref="Thin"/> has nothing but a title.
/// </summary>
internal static class PlanningDocuments
{
    public static DocumentSet Reconciliation { get; } = new(
        (Document(DocumentKind.Prd, "Product Requirements Document: Payments Reconciliation Plugin") with
        {
            Sections = L(
                Section("1. Executive Summary", 2, 8, SectionRole.ExecutiveSummary),
                Section("6. Functional Requirements", 2, 71, SectionRole.FunctionalRequirements),
                Section("7. Non-Functional Requirements", 2, 166, SectionRole.NonFunctionalRequirements),
                Section("8. User Experience", 2, 184, SectionRole.UserExperience),
                Section("12. Risks", 2, 216, SectionRole.Risks),
                Section("13. Timeline", 2, 225, SectionRole.Timeline),
                Section("14. Success Criteria", 2, 232, SectionRole.SuccessCriteria)),
            Requirements = L(
                Functional("FR-001", "Statement import", Priority.MustHave, 73, "A file up to 50 MB is accepted and parsed into statement lines", "A file already imported is rejected with a clear message", "Lines that cannot be parsed are reported with their line number"),
                Functional("FR-002", "Ledger synchronisation with Midaz", Priority.MustHave, 83, "Transactions are fetched incrementally by cursor", "A Midaz outage pauses the run and resumes it without duplicating transactions"),
                Functional("FR-003", "Automatic matching engine", Priority.MustHave, 92, "Each match records the rule that produced it and a confidence score", "A line is never matched twice unless the rule allows one-to-many", "Rule tolerances are configurable per account"),
                Functional("FR-004", "Exception queue", Priority.MustHave, 103, "Exceptions can be filtered by account, age, amount range and status", "An operator can confirm a candidate or write a line off with a reason"),
                Functional("FR-005", "One-to-many and many-to-one matches", Priority.ShouldHave, 112, "The amounts of a group must add up within the tolerance", "Undoing a group match releases every member"),
                Functional("FR-006", "Audit trail", Priority.MustHave, 121, "Audit records cannot be updated or deleted through the API", "The trail of one statement line can be exported as CSV"),
                Functional("FR-007", "Reconciliation reports", Priority.ShouldHave, 130, "A report for one account and one month is produced in under 10 seconds", "Reports can be downloaded as CSV | PDF"),
                Functional("FR-008", "Configurable statement layouts", Priority.ShouldHave, 139, "A layout preview shows the first 20 parsed lines of a sample file", "Activating a layout needs the permission `recon:layouts:write`"),
                Functional("FR-009", "Webhook notifications for @finance-team", Priority.CouldHave, 149, "Webhooks are signed with HMAC-SHA256 and retried for 24 hours (fixes #12)"),
                Functional("FR-010", "Licensing and tenancy", Priority.MustHave, 157, "Requests are refused when the License SDK reports an expired license", "No query returns data from another organization"),
                NonFunctional("NFR-001", "Performance", 168),
                NonFunctional("NFR-002", "Availability", 172),
                NonFunctional("NFR-003", "Security", 175),
                NonFunctional("NFR-004", "Observability", 178),
                NonFunctional("NFR-005", "Data retention", 181, "Statements and audit records are kept for 10 years")),
            Stories = L(
                new UserStory("US-001", "reconciliation operator", "to upload a bank statement file", "its lines are matched against the ledger", 56),
                new UserStory("US-002", "reconciliation operator", "to see unmatched lines with candidates", "I can resolve an exception in one click", 58)),
            Integrations = L(new Integration("Midaz", IntegrationKind.PlatformService, 11, 6), new Integration("Access Manager", IntegrationKind.PlatformService, 210, 2), new Integration("License SDK", IntegrationKind.PlatformService, 211, 2)),
            PerformanceTargets = L(
                new PerformanceTarget("under 10 seconds", "duration", 136),
                new PerformanceTarget("P99 < 200ms", "latency", 169),
                new PerformanceTarget("1,000 req/s", "throughput", 169),
                new PerformanceTarget("99.9% uptime", "availability", 173)),
            Risks = L(
                new DocumentItem("Bank file layouts vary more than expected", 220),
                new DocumentItem("Matching accuracy below 95% on real data", 221),
                new DocumentItem("Midaz API rate limits slow large syncs", 222),
                new DocumentItem("Auditors reject the trail format", 223)),
            SuccessCriteria = L(
                new DocumentItem("95% of statement lines matched automatically on the pilot customers' files", 233),
                new DocumentItem("P99 < 200ms for read endpoints under production load", 236)),
        }).WithCriteria(),
        Document(DocumentKind.Trd, "Technical Requirements Document: Payments Reconciliation Plugin") with
        {
            Sections = L(
                Section("1. System Architecture", 2, 7, SectionRole.SystemArchitecture),
                Section("2. Technology Stack", 2, 33, SectionRole.TechnologyStack),
                Section("3. Database Design", 2, 46, SectionRole.DatabaseDesign),
                Section("4. API Specifications", 2, 105, SectionRole.ApiSpecifications),
                Section("6. Performance", 2, 167, SectionRole.Performance),
                Section("7. Security", 2, 179, SectionRole.Security),
                Section("8. Deployment", 2, 188, SectionRole.Deployment),
                Section("9. Monitoring", 2, 194, SectionRole.Monitoring)),
            Endpoints = L(
                new ApiEndpoint("POST", "/v1/statements", 111),
                new ApiEndpoint("GET", "/v1/statements/{id}", 112),
                new ApiEndpoint("POST", "/v1/reconciliations", 113),
                new ApiEndpoint("GET", "/v1/reconciliations/{id}", 114),
                new ApiEndpoint("GET", "/v1/exceptions", 115),
                new ApiEndpoint("POST", "/v1/matches", 116),
                new ApiEndpoint("DELETE", "/v1/matches/{id}", 117),
                new ApiEndpoint("POST", "/v1/exceptions/{id}/write-off", 118),
                new ApiEndpoint("GET", "/v1/reports/{accountId}", 119),
                new ApiEndpoint("GET", "/v1/audit/{subjectId}", 120),
                new ApiEndpoint("PUT", "/v1/layouts/{id}", 121),
                new ApiEndpoint("POST", "/v1/webhooks", 122),
                new ApiEndpoint("POST", "/v1/statements", 126),
                new ApiEndpoint("GET", "/v1/statements/:id", 127),
                new ApiEndpoint("GET", "/health/ready", 199)),
            Entities = L(
                new DataEntity("statements", 49, L("id", "organization_id", "account_id", "checksum")),
                new DataEntity("statement_lines", 62, L("id", "statement_id", "amount", "currency")),
                new DataEntity("matches", 73, L("id", "rule", "confidence")),
                new DataEntity("audit_events", 84, L("id", "subject_id", "action", "actor"))),
            Integrations = L(
                new Integration("PostgreSQL", IntegrationKind.DataStore, 11, 5),
                new Integration("Valkey", IntegrationKind.DataStore, 12, 3),
                new Integration("RabbitMQ", IntegrationKind.MessageBroker, 11, 2),
                new Integration("Midaz", IntegrationKind.PlatformService, 26, 2),
                new Integration("Access Manager", IntegrationKind.PlatformService, 41, 3),
                new Integration("License SDK", IntegrationKind.PlatformService, 42, 2)),
            PerformanceTargets = L(
                new PerformanceTarget("P99 < 200ms", "latency", 171),
                new PerformanceTarget("1,000 req/s", "throughput", 172),
                new PerformanceTarget("100,000 lines in under 5 minutes", "duration", 173),
                new PerformanceTarget("50 MB file parsed in under 60 seconds", "duration", 174),
                new PerformanceTarget("99.9% uptime", "availability", 175)),
        });

    /// <summary>
    /// The document with <see cref="RequirementsDocument.Criteria"/> listing each requirement's criteria, on the lines
    /// after the requirement's, as the analyser lists what it read.
    /// </summary>
    public static RequirementsDocument WithCriteria(this RequirementsDocument document) => document with
    {
        Criteria = document.Requirements
            .SelectMany(r => r.AcceptanceCriteria.Select((c, i) => new AcceptanceCriterion(c, r.Line + 1 + i, null, r.Key)))
            .ToValueList(),
    };

    /// <summary><see cref="Reconciliation"/> with the four phases its PRD proposes (§13 Timeline, lines 227–230).</summary>
    public static DocumentSet PhasedReconciliation { get; } = Reconciliation with
    {
        Prd = Reconciliation.Prd with
        {
            Phases = L(
                new SuggestedPhase("Phase 1 — Foundation", 3, 227, "statement import, Midaz sync, data model."),
                new SuggestedPhase("Phase 2 — Matching", 4, 228, "matching engine, exception queue, audit trail."),
                new SuggestedPhase("Phase 3 — Operations", 3, 229, "reports, layouts, webhooks, licensing."),
                new SuggestedPhase("Phase 4 — Launch", 2, 230, "pilot hardening, performance tests, documentation.")),
        },
    };

    public static DocumentSet Thin { get; } = new(Document(DocumentKind.Prd, "Notes"), Document(DocumentKind.Trd, string.Empty));

    public static RequirementsDocument Document(DocumentKind kind, string title) =>
        new(kind, title, new Dictionary<string, string>(), L<DocumentSection>(), L<Requirement>(), L<AcceptanceCriterion>(), L<UserStory>(), L<ApiEndpoint>(), L<DataEntity>(), L<Integration>(), L<Technology>(), L<PerformanceTarget>(), L<DocumentItem>(), L<DocumentItem>(), L<SuggestedPhase>(), L<Constraint>(), L<string>());

    private static ValueList<T> L<T>(params T[] items) => items;

    private static DocumentSection Section(string title, int level, int line, SectionRole role) => new(title, level, line, role);

    private static Requirement Functional(string id, string title, Priority priority, int line, params string[] criteria) =>
        new(id, title, RequirementKind.Functional, priority, line, criteria);

    private static Requirement NonFunctional(string id, string title, int line, params string[] criteria) =>
        new(id, title, RequirementKind.NonFunctional, Priority.Unspecified, line, criteria);
}
