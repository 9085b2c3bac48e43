using PlanBot.Core.Documents;
using PlanBot.Core.Planning.Inputs;
using PlanBot.Core.Planning.Writing;
using PlanBot.Core.Scoping;

namespace PlanBot.Core.Planning.Work;

/// <summary>
/// The work every product needs around its features, tailored to what the documents and answers say: the
/// foundation, research spikes, performance, observability, security, deployment, documentation, the non-functional
/// requirements that fit none of these, and the launch.
/// </summary>
internal static class CrossCuttingItems
{
    private const int MaxDemos = 2;
    private const int ShortCriterion = 60;
    private const int MaxSectionLines = 3;

    private static readonly string[] ContainerPlatforms = ["kubernetes", "k8s", "docker", "ecs", "fargate", "cloud run", "openshift", "helm", "nomad", "aks", "eks", "gke"];

    /// <summary>What week 1 sets up: a new service's skeleton, or what the kind of project needs instead (<see cref="Foundations"/>).</summary>
    public static WorkDraft Foundation(PlanInputs inputs, PlanAnswers answers, EndpointLinks links, IReadOnlyList<string> stores)
    {
        if (inputs.Kind.Kind != ProjectKind.NewService)
        {
            return Foundations.For(inputs.Kind, answers.Text(QuestionIds.QualityGates));
        }

        var item = new WorkDraft("foundation", WorkKind.Foundation, "Project setup and service skeleton", WorkTrigger.Kind(inputs.Kind)) { Hours = Estimates.Foundation };
        foreach (var role in new[] { SectionRole.SystemArchitecture, SectionRole.TechnologyStack })
        {
            if (inputs.Section(role) is { } section)
            {
                item.Trace(TraceText.Section(section));
            }
        }

        var gates = answers.Text(QuestionIds.QualityGates);
        item.Tasks.Add(Foundations.Pipeline(gates));
        var monitoring = answers.Text(QuestionIds.MonitoringRollout);
        item.Tasks.Add(monitoring is null ? "Service skeleton: configuration, dependency injection and structured logging" : $"Service skeleton: configuration, dependency injection and structured logging (monitoring: {monitoring})");
        item.Tasks.Add(stores.Count > 0 ? $"Local environment with {Prose.Join(stores)} in containers" : "Local development environment in containers");

        foreach (var endpoint in links.Health)
        {
            item.Trace(TraceText.Endpoint(endpoint.Value));
        }

        if (links.Health.Count > 0)
        {
            item.Tasks.Add($"Health endpoints {Prose.Join(links.Health.Select(e => TraceText.Endpoint(e.Value)))}");
            item.Criteria.Add($"{Prose.Join(links.Health.Select(e => TraceText.Endpoint(e.Value)))} {(links.Health.Count == 1 ? "answers" : "answer")} when the service is up");
        }

        item.Deliverables.Add("Service skeleton and CI pipeline merged");
        item.Criteria.Add(Foundations.Gated(gates));
        item.Criteria.Add(stores.Count > 0 ? $"The service starts locally with one command, with {Prose.Join(stores)}" : "The service starts locally with one command");
        item.Demos.AddRange(links.Health.Take(MaxDemos).Select(e => CurlDemo.For(e.Value, "Service is up", authenticated: false)));
        return item;
    }

    public static WorkDraft? Spikes(PlanAnswers answers)
    {
        var unknowns = answers.Items(QuestionIds.Unknowns);
        if (unknowns.Count == 0)
        {
            return null;
        }

        var item = new WorkDraft("spikes", WorkKind.Spikes, "Research spikes", WorkTrigger.Answer(QuestionIds.Unknowns, Prose.Join(unknowns))) { Hours = Estimates.Spike * unknowns.Count };
        foreach (var unknown in unknowns)
        {
            item.Tasks.Add($"Spike: {unknown}");
            item.Criteria.Add($"Findings on {Prose.Lower(unknown)} written down with the decision they lead to");
        }

        item.Deliverables.Add("One findings note per spike, linked from the plan");
        return item;
    }

    /// <summary>
    /// Proving the targets: a service is load-tested through its endpoints and tuned where it runs (cache, indexes,
    /// connection pool); a library, tool or app is benchmarked on its own code paths, since nothing serves traffic.
    /// </summary>
    public static WorkDraft Performance(PlanInputs inputs, PlanAnswers answers, IReadOnlyList<NonFunctionalBlock> requirements, string? cache, string? primary, bool authenticated, IReadOnlyList<Sourced<ApiEndpoint>> reads)
    {
        var served = inputs.Kind.Deployed;
        var loaded = served ? reads : [];
        var measurement = Measurement.For(inputs.Kind);
        var item = new WorkDraft("performance", WorkKind.Performance, measurement.Item, WorkTrigger.FirstOf(inputs.Targets.Select(t => WorkTrigger.Of(t, t.Value.Text)).Concat(requirements.Select(r => WorkTrigger.Of(r.Block))).Concat(inputs.Endpoints.Select(e => WorkTrigger.Of(e, TraceText.Endpoint(e.Value)))))) { Hours = Estimates.PerformanceBase };
        Requirements(item, requirements);
        Section(item, inputs, SectionRole.Performance);
        item.Tasks.Add(loaded.Count > 0
            ? $"Load tests for {Prose.JoinSome(loaded.Take(4).Select(e => TraceText.Endpoint(e.Value)), 3)} at the stated targets"
            : $"{Prose.Sentence(measurement.Tests)} of {measurement.Paths} at the stated targets");
        item.Tasks.Add($"Profile and optimise the slowest paths the {measurement.Tests} find");
        if (served && cache is not null)
        {
            item.Tasks.Add($"Caching in {cache} where the {measurement.Tests} show it pays");
        }

        if (served && primary is not null)
        {
            item.Tasks.Add($"{primary} indexes and connection pool tuned from the load-test results");
        }

        var testing = answers.Text(QuestionIds.PerformanceTesting);
        if (testing is not null)
        {
            item.Tasks.Add($"Performance testing as agreed: {testing}");
        }

        item.Deliverables.Add(measurement.Deliverable);
        if (loaded.Count > 0)
        {
            item.Demos.Add(CurlDemo.Timing(loaded[0].Value, authenticated));
        }

        return item;
    }

    public static WorkDraft Observability(PlanInputs inputs, PlanAnswers answers, IReadOnlyList<NonFunctionalBlock> requirements, EndpointLinks links)
    {
        var item = new WorkDraft("observability", WorkKind.Observability, "Observability and alerting", Triggered(requirements, inputs.Kind)) { Hours = Estimates.Observability };
        Requirements(item, requirements);
        Section(item, inputs, SectionRole.Monitoring);
        item.Tasks.Add("Metrics and traces for every endpoint and background job, correlated with the logs");
        var monitoring = answers.Text(QuestionIds.MonitoringRollout);
        item.Tasks.Add(monitoring is null ? "Dashboards and alerts for the error rate, latency and saturation" : $"Dashboards and alerts: {monitoring}");
        foreach (var endpoint in links.Metrics)
        {
            item.Trace(TraceText.Endpoint(endpoint.Value));
            item.Tasks.Add($"Expose {TraceText.Endpoint(endpoint.Value)}");
        }

        item.Deliverables.Add("Dashboards and alert rules in the repository");
        item.Criteria.Add("A request can be followed from its log line to its trace");
        item.Criteria.Add("Every alert fires in a staging drill and links to its runbook");
        item.Demos.AddRange(links.Metrics.Take(MaxDemos).Select(e => CurlDemo.For(e.Value, "Metrics", authenticated: false)));
        return item;
    }

    /// <summary>
    /// A security review where the documents give something to review: a security requirement or section, an identity
    /// provider, or an API the TRD exposes. A library or app that states none gets no review week.
    /// </summary>
    public static WorkDraft? Security(PlanInputs inputs, PlanAnswers answers, IReadOnlyList<NonFunctionalBlock> requirements, bool authenticated)
    {
        var trigger = WorkTrigger.FirstOf(requirements.Select(r => WorkTrigger.Of(r.Block))
            .Concat(inputs.Section(SectionRole.Security) is { } section ? [WorkTrigger.Of(section)] : [])
            .Concat(inputs.Integrations.Where(i => IntegrationItems.IsIdentityProvider(i.Value)).Select(i => WorkTrigger.Of(i, i.Value.Name.Trim())))
            .Concat(inputs.Endpoints.Select(e => WorkTrigger.Of(e, TraceText.Endpoint(e.Value)))));
        if (trigger.IsStandardPractice)
        {
            return null;
        }

        var item = new WorkDraft("security", WorkKind.Security, "Security review and hardening", trigger)
        {
            Hours = Estimates.SecurityBase + (Estimates.PerSecurityRequirement * Math.Min(requirements.Count, 5)),
        };
        Requirements(item, requirements);
        Section(item, inputs, SectionRole.Security);
        item.Tasks.Add(inputs.Endpoints.Count > 0
            ? $"Threat model and security review of the {Prose.Number(inputs.Endpoints.Count)} endpoints"
            : "Threat model and security review of every entry point");
        item.Tasks.Add("Dependency vulnerability scanning in CI");
        item.Tasks.Add("Secrets, encryption and data-retention settings reviewed");
        item.Deliverables.Add("Security review report with every finding resolved or accepted");
        item.Criteria.Add("No open vulnerability above medium severity");
        if (authenticated)
        {
            item.Criteria.Add("Every endpoint refuses unauthenticated and unauthorised requests, verified by tests");
        }

        foreach (var gate in answers.Items(QuestionIds.QualityGates).Where(g => g.Contains("secur", StringComparison.OrdinalIgnoreCase)))
        {
            item.Criterion($"Quality gate met: {gate}");
        }

        return item;
    }

    /// <summary>
    /// Staging and production the way the documents deploy: on the platforms the TRD names (containers only where it
    /// names a container platform), or, for a change, through the existing service's pipeline behind its flag.
    /// </summary>
    public static WorkDraft Deployment(PlanInputs inputs, PlanAnswers answers, IReadOnlyList<NonFunctionalBlock> requirements, string? primary, bool storesData)
    {
        var hosting = inputs.Hosting.Select(h => h.Value.Name.Trim()).ToList();
        var trigger = WorkTrigger.FirstOf(requirements.Select(r => WorkTrigger.Of(r.Block)).Concat(inputs.Hosting.Select(h => WorkTrigger.Of(h, h.Value.Name.Trim()))).Append(WorkTrigger.Kind(inputs.Kind)));
        var item = new WorkDraft("deployment", WorkKind.Deployment, "Deployment and operations", trigger) { Hours = Estimates.Deployment };
        Requirements(item, requirements);
        Section(item, inputs, SectionRole.Deployment);
        var strategy = answers.Text(QuestionIds.DeploymentStrategy);
        var backup = answers.Text(QuestionIds.BackupRecovery);
        var operations = answers.Text(QuestionIds.OperationalNeeds);
        if (inputs.Kind.Kind == ProjectKind.ServiceChange)
        {
            item.Tasks.Add("The change shipped through the existing service's release pipeline, its flag off");
            item.Tasks.Add("Flag switched on in staging, then in production");
            item.Criteria.Add("The flag switches the change on and off in production without a deployment");
        }
        else
        {
            item.Tasks.Add(hosting.Count == 0
                ? "Staging and production environments as code (the TRD names no platform: agree it in week 1)"
                : hosting.Any(IsContainerPlatform)
                    ? $"Container images and {Prose.Join(hosting)} manifests for staging and production"
                    : $"Staging and production on {Prose.Join(hosting)}, configured as code");
        }

        item.Tasks.Add(strategy is null ? "Release pipeline with automated rollback" : $"Release pipeline: {strategy}");
        if (primary is not null)
        {
            item.Tasks.Add($"{primary} migrations run by the release, compatible with the previous version");
        }

        if (storesData)
        {
            item.Tasks.Add(backup is null ? "Backups and a rehearsed restore" : $"Backup and recovery: {backup}");
        }

        if (operations is not null)
        {
            item.Tasks.Add($"Operational needs: {operations}");
        }

        item.Deliverables.Add(inputs.Kind.Kind == ProjectKind.ServiceChange ? "The change live in production behind its flag" : "Environments and release pipeline merged");
        item.Criteria.Add(strategy is null ? "A release reaches staging and production through the pipeline" : $"A release reaches staging and production through the pipeline ({strategy})");
        item.Criteria.Add("A rollback is rehearsed in staging");
        if (storesData)
        {
            item.Criteria.Add("A backup is restored into a clean environment");
        }

        return item;
    }

    /// <summary>
    /// What the users of the project read: an operated service needs runbooks and a configuration guide, a library
    /// examples for its callers, a tool a usage guide, an app a guide to its main flows.
    /// </summary>
    public static WorkDraft Documentation(PlanInputs inputs, PlanAnswers answers)
    {
        var endpoints = inputs.Endpoints.Count;
        var documentation = answers.Text(QuestionIds.Documentation);
        var api = inputs.Section(SectionRole.ApiSpecifications);
        var trigger = documentation is not null ? WorkTrigger.Answer(QuestionIds.Documentation, documentation) : WorkTrigger.FirstOf(api is null ? [] : [WorkTrigger.Of(api)]);
        var item = new WorkDraft("documentation", WorkKind.Documentation, inputs.Kind.Deployed ? "Documentation and runbooks" : "Documentation", trigger)
        {
            Hours = Estimates.DocumentationBase + Math.Min(Estimates.MaxDocumentationExtra, Estimates.DocumentationPerEndpoint * endpoints),
        };
        if (api is not null)
        {
            item.Trace(TraceText.Section(api));
        }

        if (endpoints > 0)
        {
            item.Tasks.Add($"API reference (OpenAPI) for the {Prose.Number(endpoints)} endpoints, with examples");
            item.Criteria.Add($"Each of the {Prose.Number(endpoints)} endpoints of the TRD is documented with an example");
        }

        if (documentation is not null)
        {
            item.Tasks.Add($"Documentation as agreed: {documentation}");
        }

        var (tasks, criterion) = inputs.Kind.Kind switch
        {
            ProjectKind.Library => (new[] { "Package documentation for every public type and function of the change", "A usage example for each way callers use the change" }, "The usage examples compile and run as tests in CI"),
            ProjectKind.Tool => (["Usage guide with an example for every command and flag"], "Every example of the usage guide runs as written"),
            ProjectKind.App => (["Guide to the app's main flows for its users", "Build and setup guide for developers"], "Someone who did not build the app sets it up from the guide"),
            _ => (["Runbooks for every alert and for recovery", "Setup and configuration guide"], "Runbooks reviewed by someone who did not write them"),
        };
        item.Tasks.AddRange(tasks);
        item.Deliverables.Add("Documentation published next to the code");
        item.Criteria.Add(criterion);
        return item;
    }

    public static WorkDraft NonFunctional(NonFunctionalBlock nonFunctional)
    {
        var block = nonFunctional.Block;
        var requirement = block.Requirement;
        var name = Prose.Short(requirement.Title.Trim().Length > 0 ? requirement.Title.Trim() : block.Name, 60);
        var item = new WorkDraft("nfr:" + block.Key, WorkKind.NonFunctional, name, WorkTrigger.Of(block))
        {
            Hours = Estimates.NonFunctionalBase + (Estimates.PerCriterion * Math.Min(block.Criteria.Count, Estimates.MaxNonFunctionalCriteria)),
        };
        Requirements(item, [nonFunctional]);
        item.Deliverables.Add($"{(requirement.Id is { } id ? $"{id.Trim()} " : string.Empty)}{name} merged with its tests");
        return item;
    }

    /// <summary>
    /// The go-live of a deployed service; like a release (<see cref="Foundations.Release"/>), it then checks the
    /// milestones and success criteria (<see cref="Ready"/>).
    /// </summary>
    public static WorkDraft Launch(PlanInputs inputs, PlanAnswers answers)
    {
        var item = new WorkDraft("launch", WorkKind.Launch, "Launch readiness", WorkTrigger.FirstOf(inputs.SuccessCriteria.Select(c => WorkTrigger.Of(c, c.Value.Text)).Append(WorkTrigger.Kind(inputs.Kind))))
        {
            Hours = Estimates.Launch,
        };
        item.Tasks.Add("Final performance and security validation in a production-like environment");
        item.Tasks.Add("Fix what the phase demos found; go-live checklist");
        item.Deliverables.Add("Go-live checklist signed off");
        return item;
    }

    /// <summary>What the last item checks before users get the project: the milestones agreed and the success criteria of the documents.</summary>
    public static void Ready(WorkDraft item, PlanInputs inputs, PlanAnswers answers)
    {
        if (inputs.Section(SectionRole.SuccessCriteria) is { } section)
        {
            item.Trace(TraceText.Section(section));
        }

        foreach (var milestone in answers.Items(QuestionIds.Milestones))
        {
            item.Tasks.Add($"Milestone: {milestone}");
        }

        foreach (var criterion in inputs.SuccessCriteria.Select(c => TargetPlacement.Measured(c.Value.Text.Trim(), c.Where)).Where(c => !item.Criteria.Contains(c)))
        {
            item.Criteria.Add(criterion);
        }

        item.Criteria.Add("Every acceptance criterion of the earlier phases still passes in the release candidate");
    }

    /// <summary>The TRD's read endpoints worth a demo or a load test (not health or metrics), those without parameters first.</summary>
    public static IReadOnlyList<Sourced<ApiEndpoint>> ReadEndpoints(PlanInputs inputs, EndpointLinks links) =>
        inputs.Endpoints
            .Where(e => CurlDemo.IsRead(e.Value) && !links.Health.Contains(e) && !links.Metrics.Contains(e))
            .OrderBy(e => e.Value.Path.Contains('{') || e.Value.Path.Contains(':') ? 1 : 0)
            .ToList();

    /// <summary>
    /// The non-functional requirements this concern delivers: traced, their criteria quoted; without criteria, the
    /// targets written in the requirement are its criterion.
    /// </summary>
    private static void Requirements(WorkDraft item, IReadOnlyList<NonFunctionalBlock> requirements)
    {
        foreach (var (block, targets) in requirements)
        {
            item.Delivers(block);
            foreach (var criterion in block.Criteria)
            {
                item.Criteria.Add(block.Prefixed(CriterionText.Of(criterion)));
            }

            if (block.Criteria.Count == 0)
            {
                item.Criteria.Add(targets.Count > 0
                    ? block.Prefixed(Prose.Join(targets))
                    : block.Prefixed($"{Prose.Short(block.Requirement.Title, 120)} verified by a test or a measurement"));
            }

            item.Tasks.Add(Meet(block));
        }
    }

    /// <summary>
    /// The TRD's section on the concern, traced: what it says are the item's first tasks, each with its line
    /// ("Password hashing: bcrypt (Rails default) (TRD line 197)").
    /// </summary>
    private static void Section(WorkDraft item, PlanInputs inputs, SectionRole concern)
    {
        if (inputs.Section(concern) is not { } section)
        {
            return;
        }

        item.Tasks.InsertRange(0, inputs.LinesUnder(section).Take(MaxSectionLines).Select(TrdQuotes.Task));
        item.Trace(TraceText.Section(section));
    }

    /// <summary>
    /// The task of meeting a requirement, with its line and, when the documents give it one short criterion, the
    /// criterion ("Meet NFR-02: Page load time (initial): &lt; 2 seconds (PRD line 260)").
    /// </summary>
    public static string Meet(RequirementBlock block)
    {
        var title = Prose.Short(block.Requirement.Title.Trim(), 100);
        var stated = block.Criteria is [{ Value.Text: var text }] && text.Trim().Length <= ShortCriterion && !title.Contains(text.Trim(), StringComparison.OrdinalIgnoreCase)
            ? $": {text.Trim().TrimEnd('.')}"
            : string.Empty;
        return $"Meet {block.Prefixed(title)}{stated} ({block.Where})";
    }

    private static bool IsContainerPlatform(string hosting) => ContainerPlatforms.Any(p => hosting.Contains(p, StringComparison.OrdinalIgnoreCase));

    /// <summary>The first non-functional requirement of a concern; without one, the line that shows the project is a service that runs.</summary>
    private static WorkTrigger Triggered(IReadOnlyList<NonFunctionalBlock> requirements, ProjectKindDecision kind) =>
        WorkTrigger.FirstOf(requirements.Select(r => WorkTrigger.Of(r.Block)).Append(WorkTrigger.Kind(kind)));
}
