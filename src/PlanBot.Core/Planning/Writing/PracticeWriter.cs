using PlanBot.Core.Documents;
using PlanBot.Core.Planning.Inputs;
using PlanBot.Core.Planning.Work;
using PlanBot.Core.Scoping;
using PlanBot.Core.Scoping.Answers;

namespace PlanBot.Core.Planning.Writing;

/// <summary>
/// Sections 3, 4, 6, 7 and 8 of the plan: cross-phase considerations, development standards, success metrics,
/// deployment strategy, handover and maintenance, each tailored with the documents and answers.
/// </summary>
internal static class PracticeWriter
{
    public static ValueList<PlanTopic> CrossPhase(PlanContext context)
    {
        var schedule = context.Schedule;
        var stores = context.Breakdown.Integrations.Where(p => p.Integration.Value.Kind == IntegrationKind.DataStore).Select(p => p.Name).ToList();
        var services = context.Breakdown.Integrations.Where(p => p.Integration.Value.Kind != IntegrationKind.DataStore).Select(p => p.Name).ToList();
        var approach = context.Answers.Text(QuestionIds.TestApproach);

        var testing = Topic("Testing Strategy Evolution",
            Phase(context, Stage.Foundation, "Unit tests for the skeleton, the data access layer and the first must-haves" + (approach is null ? string.Empty : $"; approach: {approach}")),
            Phase(context, Stage.Integration, "Integration tests against " + (stores.Concat(services).Any() ? Prose.JoinSome(stores.Concat(services), 6) : "the external boundaries")),
            Phase(context, Stage.Hardening, "End-to-end tests of the complete flows" + (context.Inputs.Endpoints.Count > 0 ? $" across the {Prose.Number(context.Inputs.Endpoints.Count)} endpoints" : string.Empty)),
            Phase(context, Stage.Release, context.Inputs.Kind.Deployed ? "Performance and stress tests at scale before launch" : "Benchmarks of the main code paths against the release candidate"));

        // The endpoints' trace texts once, in a set: a lookup per trace instead of re-naming every endpoint per trace.
        var endpointTraces = context.Inputs.Endpoints.Select(e => TraceText.Endpoint(e.Value)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var first = context.PhaseOf(Stage.Foundation);
        var phaseOneEndpoints = context.Schedule.Weeks.Where(w => w.Phase == first)
            .SelectMany(w => w.Chunks).SelectMany(c => c.Item.Traces)
            .Where(endpointTraces.Contains)
            .Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var documentation = context.Answers.Text(QuestionIds.Documentation);
        var docs = Topic("Documentation Progression",
            Phase(context, Stage.Foundation, phaseOneEndpoints.Count > 0 ? $"Setup guide and API reference for the endpoints of {context.PhaseLabel(Stage.Foundation)} ({Prose.JoinSome(phaseOneEndpoints, 3)})" : "Setup guide and architecture notes"),
            Phase(context, Stage.Integration, services.Count > 0 ? $"Integration guides for {Prose.JoinSome(services, 5)}; troubleshooting notes" : $"Troubleshooting notes for the features of {context.PhaseLabel(Stage.Integration)}"),
            Phase(context, Stage.Hardening, context.Inputs.Kind.Deployed ? "Operational runbooks and monitoring guides" : $"Guides and examples for the users of {ProjectKindNames.Subject(context.Inputs.Kind.Kind)}"),
            Phase(context, Stage.Release, "Configuration and optimisation guides" + (documentation is null ? string.Empty : $"; as agreed: {documentation}")));

        var targets = new List<PlanPoint>();
        foreach (var phase in context.Allocation.Phases)
        {
            // A set of the phase's items: a lookup per target instead of a scan of the phase per target.
            var phaseItems = phase.Finished.ToHashSet();
            var proven = context.Breakdown.Targets.Where(t => phaseItems.Contains(t.Item)).ToList();
            if (proven.Count > 0)
            {
                targets.Add(Phase(phase.Number, $"{string.Join("; ", proven.Select(t => t.Text))} ({WeekLabels.Of(proven.SelectMany(t => schedule.WeeksOf(t.Item)).Distinct().Order().ToList())})"));
            }
        }

        if (targets.Count == 0)
        {
            targets.Add(new PlanPoint("All phases", context.Item(WorkKind.Performance) is { } baseline
                ? $"The documents state no measurable target; the {Measurement.For(context.Inputs.Kind).Tests} of {schedule.Label(baseline)} set the baseline"
                : "The documents state no measurable target and define no endpoint: no load tests are planned"));
        }

        var prototypes = context.Breakdown.Integrations.Where(p => p.Prototype is not null).Select(p => $"{p.Name} ({schedule.Label(p.Prototype)})").ToList();
        var integrations = context.Breakdown.Integrations.Where(p => p.Integration.Value.Kind != IntegrationKind.DataStore)
            .OrderBy(p => schedule.WeeksOf(p.Item).DefaultIfEmpty(int.MaxValue).First())
            .Select(p => $"{p.Name} ({schedule.Label(p.Item)})")
            .ToList();
        var risk = Topic("Risk Mitigation Strategy",
            new PlanPoint("Early Prototyping", prototypes.Count > 0 ? $"Risky integrations prototyped first: {Prose.Join(prototypes)}" : "No integration flagged as risky; the foundation and data model come first"),
            new PlanPoint("Incremental Integration", integrations.Count > 0 ? $"One integration at a time: {Prose.JoinSome(integrations, 6)}" : "No external integration in the documents"),
            new PlanPoint("Continuous Testing", $"Quality gates on every change: {context.Answers.Text(QuestionIds.QualityGates) ?? "tests and code review"}"),
            context.Item(WorkKind.Observability) is { } observability
                ? new PlanPoint("Performance Monitoring", $"Metrics from {schedule.Label(context.Item(WorkKind.Foundation))}; dashboards and alerts in {schedule.Label(observability)}")
                : null);

        return new[] { testing, docs, new PlanTopic("Performance Targets by Phase", targets.ToValueList()), risk }.ToValueList();
    }

    public static ValueList<PlanTopic> Standards(PlanContext context)
    {
        var stores = context.Breakdown.Integrations.Where(p => p.Integration.Value.Kind == IntegrationKind.DataStore).Select(p => p.Name).ToList();
        var code = Topic("Code Quality Standards",
            Point("Interface-driven design: handlers, services and repositories behind interfaces"),
            Point("Dependency injection at start-up; no global state"),
            Point("Errors wrapped with context and logged once, where they are handled"),
            Point("Every change reviewed by a second person"));
        var testPoints = new List<PlanPoint>
        {
            Point(Prose.Sentence(context.Answers.Text(QuestionIds.TestApproach) ?? "Unit and integration tests with 80% coverage")),
            Point("Every acceptance criterion of this plan has at least one automated test"),
        };
        if (stores.Count > 0)
        {
            testPoints.Add(Point($"Integration tests run against real {Prose.Join(stores)}, not mocks"));
        }

        testPoints.Add(Point("Table-driven unit tests for business rules"));
        var gates = context.Answers.Items(QuestionIds.QualityGates);
        var gatePoints = gates.Count > 0 ? gates.Select(g => Point(Prose.Sentence(g))).ToList() : [Point("CI green"), Point("Code review")];
        var git = Topic("Git Workflow",
            new PlanPoint("Branching", "Feature branches from main"),
            new PlanPoint("Commits", "Conventional commit format"),
            new PlanPoint("Reviews", "All code requires peer review"),
            new PlanPoint("CI/CD", "Automated testing on every pull request, deployment from main"));
        var docPoints = new List<PlanPoint>();
        if (context.Inputs.Endpoints.Count > 0)
        {
            docPoints.Add(new PlanPoint("API Docs", $"OpenAPI 3 description of the {Prose.Number(context.Inputs.Endpoints.Count)} endpoints, kept in the repository"));
        }

        docPoints.Add(new PlanPoint("Code Comments", "Doc comments on every exported type and function"));
        docPoints.Add(new PlanPoint("README", "Setup and quick start, tested by a newcomer"));
        docPoints.Add(new PlanPoint("Architecture", "Mermaid diagrams for complex flows"));
        if (context.Answers.Text(QuestionIds.Documentation) is { } documentation)
        {
            docPoints.Add(new PlanPoint("As agreed", Prose.Sentence(documentation)));
        }

        return new[]
        {
            code,
            new PlanTopic("Testing Standards", testPoints.ToValueList()),
            new PlanTopic("Quality Gates", gatePoints.ToValueList()),
            git,
            new PlanTopic("Documentation Standards", docPoints.ToValueList()),
        }.ToValueList();
    }

    public static ValueList<PlanTopic> SuccessMetrics(PlanContext context, PlanDocument document)
    {
        var kpis = document.Phases.Select(p => new PlanPoint($"Phase {Prose.Number(p.Number)}", p.Goal)).ToValueList();
        var business = context.Inputs.SuccessCriteria.Count > 0
            ? context.Inputs.SuccessCriteria.Select(c => Point($"{c.Value.Text.Trim()} ({c.Where})")).ToValueList()
            : new[] { Point("The PRD states no success criteria: agree adoption, performance and support metrics with the product owner before launch") }.ToValueList();
        var availability = context.Breakdown.Targets.Where(t => Concerns.IsAvailability(t.Target.Value.Metric, t.Text)).Select(t => t.Text).ToList();
        var speed = context.Breakdown.Targets.Select(t => t.Text).Except(availability, StringComparer.OrdinalIgnoreCase).ToList();
        var technical = new[]
        {
            new PlanPoint("Quality", Prose.Sentence(context.Answers.Text(QuestionIds.QualityGates) ?? "Test coverage above 80%, zero critical bugs")),
            new PlanPoint("Performance", speed.Count > 0 ? string.Join("; ", speed) : $"No latency or throughput target stated; baseline from the {Measurement.For(context.Inputs.Kind).Tests}"),
            new PlanPoint("Reliability", availability.Count > 0 ? string.Join("; ", availability) : "No uptime target stated; agree one before launch"),
            new PlanPoint("Security", "No open vulnerability above medium severity"),
        }.ToValueList();
        return new[]
        {
            new PlanTopic("Phase-Specific KPIs", kpis),
            new PlanTopic("Business Success Metrics", business),
            new PlanTopic("Technical Success Metrics", technical),
        }.ToValueList();
    }

    public static ValueList<PlanTopic> Deployment(PlanContext context)
    {
        var schedule = context.Schedule;
        var stores = context.Breakdown.Integrations.Where(p => p.Integration.Value.Kind == IntegrationKind.DataStore).Select(p => p.Name).ToList();
        var services = context.Breakdown.Integrations.Where(p => p.Integration.Value.Kind != IntegrationKind.DataStore).Select(p => p.Name).ToList();
        var strategy = context.Answers.Text(QuestionIds.DeploymentStrategy) ?? "rolling deployment with automated rollback";
        if (context.Item(WorkKind.Deployment) is not { } deployment)
        {
            return Released(context, context.Item(WorkKind.Release));
        }

        var environments = Topic("Environment Progression",
            new PlanPoint("Development", (stores.Count > 0 ? $"Local environment with {Prose.Join(stores)} in containers" : "Local environment in containers") + "; automated tests on every commit"),
            new PlanPoint("Staging", "Production-like" + (services.Count > 0 ? $"; integration tests against {Prose.JoinSome(services, 5)}" : string.Empty) + (context.Item(WorkKind.Performance) is { } load ? $"; load tests of {schedule.Label(load)}" : string.Empty)),
            new PlanPoint("Production", $"{Capitalised(strategy)}; rollback rehearsed in {schedule.Label(deployment)}"));

        var monitoring = new List<PlanPoint>();
        var targets = context.Breakdown.Targets.Select(t => t.Text).ToList();
        monitoring.Add(new PlanPoint("Key metrics", targets.Count > 0 ? string.Join("; ", targets) : "Error rate, latency percentiles, throughput and saturation"));
        monitoring.Add(new PlanPoint("Rollout", Prose.Sentence(context.Answers.Text(QuestionIds.MonitoringRollout) ?? "structured logs and metrics from phase 1, dashboards and alerts before production")));
        monitoring.Add(new PlanPoint("Alerts", "Every target above has an alert with a runbook; critical alerts page the on-call person"));
        var health = context.Breakdown.HealthEndpoints;
        if (health.Count > 0)
        {
            monitoring.Add(new PlanPoint("Probes", Prose.Join(health.Select(e => TraceText.Endpoint(e.Value)))));
        }

        var topics = new List<PlanTopic> { environments, new("Monitoring & Alerting", monitoring.ToValueList()) };
        if (context.Breakdown.StoresData)
        {
            var backup = context.Answers.Text(QuestionIds.BackupRecovery);
            topics.Add(Topic("Backup & Recovery",
                Point(Prose.Sentence(backup ?? "Daily database backups with a tested restore")),
                Point($"Restore rehearsed into a clean environment in {schedule.Label(deployment)}")));
        }

        if (context.Answers.Text(QuestionIds.OperationalNeeds) is { } operations)
        {
            topics.Add(Topic("Operations", Point(Prose.Sentence(operations))));
        }

        if (context.Inputs.Section(SectionRole.Deployment) is { } section)
        {
            topics.Add(Topic("Reference", Point($"The TRD's deployment design: {TraceText.Section(section)} ({section.Where})")));
        }

        return topics.ToValueList();
    }

    /// <summary>The deployment strategy of a project that is released, not deployed: a library, a tool or an app.</summary>
    private static ValueList<PlanTopic> Released(PlanContext context, WorkItem? release)
    {
        var schedule = context.Schedule;
        var topics = new List<PlanTopic>
        {
            Topic("Environment Progression",
                new PlanPoint("Development", "Automated tests on every commit"),
                new PlanPoint("Release", Capitalised($"{ProjectKindNames.Of(context.Inputs.Kind.Kind)} released in {schedule.Label(release)}, nothing deployed or operated by the team"))),
        };
        if (context.Inputs.Section(SectionRole.Deployment) is { } section)
        {
            topics.Add(Topic("Reference", Point($"The TRD's deployment design: {TraceText.Section(section)} ({section.Where})")));
        }

        return topics.ToValueList();
    }

    public static ValueList<PlanTopic> Handover(PlanContext context)
    {
        var schedule = context.Schedule;
        var operations = context.Answers.Text(QuestionIds.OperationalNeeds);
        var subject = ProjectKindNames.Subject(context.Inputs.Kind.Kind);
        var handover = new List<PlanPoint>
        {
            context.Inputs.Kind.Deployed
                ? new("Operational Runbooks", $"One per alert and per recovery procedure, written in {schedule.Label(context.Item(WorkKind.Documentation))}")
                : new("Release Ownership", $"The team that releases {subject} triages its users' issues and plans the next release"),
        };
        if (context.Item(WorkKind.Observability) is { } watched)
        {
            handover.Add(new("Monitoring Setup", $"Dashboards and alerts from {schedule.Label(watched)}, owned by the operating team"));
        }

        handover.Add(new("Support Documentation", "Known issues and their fixes, collected from the phase demos"));
        if (context.Inputs.Kind.Deployed || operations is not null)
        {
            handover.Add(new("Escalation Procedures", Prose.Sentence(operations ?? "On-call rotation and contacts agreed before launch")));
        }

        if (context.Answers.Get<YesNoValue>(QuestionIds.TeamDomainExperts) is { Yes: true } expert)
        {
            handover.Add(new PlanPoint("Domain Knowledge", string.IsNullOrWhiteSpace(expert.Detail) ? "The team's domain expert reviews the runbooks" : $"Reviewed with the domain expert: {expert.Detail}"));
        }

        var notPlanned = context.Requirements(RequirementScope.NotPlanned);
        var targets = context.Breakdown.Targets.Select(t => t.Text).ToList();
        var maintenance = Topic("Ongoing Maintenance",
            new PlanPoint("Performance Monitoring", targets.Count > 0 ? $"Continuous checks against {Prose.JoinSome(targets, 4)}" : $"Continuous checks against the baseline of the {Measurement.For(context.Inputs.Kind).Tests}"),
            new PlanPoint("Security Updates", "Dependency scanning stays in CI; patches within a week for high severity"),
            new PlanPoint("Feature Enhancements", notPlanned.Count > 0 ? $"Requirements left out of this plan ({RequirementNames.List(notPlanned)}), then user feedback" : "Based on user feedback"),
            new PlanPoint("Documentation Updates", Prose.Sentence(context.Answers.Text(QuestionIds.Documentation) ?? "Guides updated with every release")));
        return new[] { new PlanTopic("Production Handover", handover.ToValueList()), maintenance }.ToValueList();
    }

    private static PlanTopic Topic(string title, params PlanPoint?[] points) => new(title, points.OfType<PlanPoint>().ToValueList());

    /// <summary>A point for the phase that holds <paramref name="stage"/>'s work; none when no phase does.</summary>
    private static PlanPoint? Phase(PlanContext context, Stage stage, string text) => context.PhaseOf(stage) is { } number ? Phase(number, text) : null;

    private static PlanPoint Phase(int number, string text) => new($"Phase {Prose.Number(number)}", text);

    private static PlanPoint Point(string text) => new(string.Empty, text);

    private static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
