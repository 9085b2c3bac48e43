using PlanBot.Core.Documents;
using PlanBot.Core.Planning;
using PlanBot.Core.Planning.Inputs;
using PlanBot.Core.Planning.Work;
using PlanBot.Core.Scoping;
using PlanBot.Core.Scoping.Answers;
using PlanBot.Core.Tests.Documents;

namespace PlanBot.Core.Tests.Planning;

/// <summary>
/// The kind of project is read from the documents with the line that shows it, and decides what week 1 sets up: a
/// library, a tool, an app or a change to an existing service gets no service skeleton and no containers, and what is
/// not deployed is released instead of deployed.
/// </summary>
public sealed class ProjectKindTests
{
    private static readonly Dictionary<string, ProjectKind> CorpusKinds = new(StringComparer.Ordinal)
    {
        ["atlas-go-boilerplate"] = ProjectKind.NewService,
        ["bantu-payroll-hr"] = ProjectKind.NewService,
        ["kart-shopper"] = ProjectKind.NewService,
        ["keepaccounts-zh"] = ProjectKind.App,
        ["kiro-codebuild-worker"] = ProjectKind.NewService,
        ["lerian-fetcher-crypto-security"] = ProjectKind.NewService,
        ["lerian-helm-compat-matrix-ptbr"] = ProjectKind.Tool,
        ["lerian-libcommons-streaming"] = ProjectKind.Library,
        ["lerian-matcher-fetcher-bridge"] = ProjectKind.ServiceChange,
        ["nexus-command"] = ProjectKind.App,
        ["solar-layout-generator"] = ProjectKind.NewService,
        ["vox-prismatic"] = ProjectKind.NewService,
    };

    public static TheoryData<string, string, ProjectKind, string?> Fixtures => new()
    {
        { LibraryChangeDocuments.Prd, LibraryChangeDocuments.Trd, ProjectKind.Library, "PRD line 19" },
        { SmallServiceDocuments.Prd, SmallServiceDocuments.Trd, ProjectKind.NewService, "TRD line 8" },
        // A service whose TRD mentions "a library inside the worker" is still a service: it defines its own API.
        { "# PRD: ledger\n## Functional Requirements\n### FR-001: Post entries\n", "# TRD\n## Architecture\nThe rules are a library inside the worker.\n## API\n- `POST /v1/entries`: posts\n", ProjectKind.NewService, "TRD line 5" },
        { "# PRD: notes\nA note-taking app for iOS.\n", "# TRD\n## Stack\n- SwiftUI on iOS 18\n", ProjectKind.App, "TRD line 3" },
        { "# PRD: lint\n", "# TRD\nA single CLI that checks the charts.\n", ProjectKind.Tool, "TRD line 2" },
        { "# PRD: bridge\n", "# TRD\nThe feature extends an existing service with a retry queue.\n## API\n- `POST /v1/retries`: retries\n", ProjectKind.ServiceChange, "TRD line 2" },
        { "# PRD: notes\n", "# TRD\nThe library must not be a dependency: no library at all.\n## API\n- `GET /v1/notes`: lists\n", ProjectKind.NewService, "TRD line 4" },
    };

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void The_kind_is_read_with_the_line_that_shows_it(string prd, string trd, ProjectKind kind, string? where)
    {
        var decision = ProjectKindDecision.Decide(new DocumentAnalyzer().Analyze(prd, trd));

        Assert.Equal(kind, decision.Kind);
        Assert.Equal(where, decision.Where);
        Assert.False(string.IsNullOrWhiteSpace(decision.Evidence));
    }

    [CorpusTheory]
    [MemberData(nameof(Corpus.PairRows), MemberType = typeof(Corpus))]
    public void Every_corpus_pair_gets_its_kind_and_week_1_fits_it(string pair)
    {
        var documents = new DocumentAnalyzer().Analyze(Corpus.Read(pair, "PRD.md"), Corpus.Read(pair, "TRD.md"));
        var kind = CorpusKinds[pair];

        Assert.Equal(kind, ProjectKindDecision.Decide(documents).Kind);
        var work = Plans.Work(documents, string.Empty);
        var foundation = Assert.Single(work.Items, i => i.Kind == WorkKind.Foundation);
        if (kind != ProjectKind.NewService)
        {
            Assert.DoesNotContain(foundation.Tasks, t => t.Contains("skeleton: configuration", StringComparison.Ordinal) || t.Contains("in containers", StringComparison.Ordinal));
            Assert.False(foundation.Trigger.IsStandardPractice, $"{pair}: week 1 of {kind} says why");
        }

        if (kind is ProjectKind.Library or ProjectKind.Tool or ProjectKind.App)
        {
            // Nothing is deployed: no manifests, rollbacks or backups, and no dashboards unless a requirement asks for them.
            Assert.DoesNotContain(work.Items, i => i.Kind == WorkKind.Deployment);
            Assert.Contains(work.Items, i => i.Kind == WorkKind.Release);
            Assert.DoesNotContain(work.Items.SelectMany(i => i.Tasks), t => t.Contains("deployment manifests", StringComparison.Ordinal) || t.StartsWith("Backup", StringComparison.Ordinal));
        }

        // A change ships through the service that exists, behind its flag, not through new manifests.
        if (kind == ProjectKind.ServiceChange)
        {
            Assert.DoesNotContain(work.Items.SelectMany(i => i.Tasks), t => t.Contains("manifests", StringComparison.Ordinal));
        }

        // A store is designed and migrated only by the project that owns it; an app's first version has nothing to migrate.
        if (kind is ProjectKind.Library or ProjectKind.Tool or ProjectKind.ServiceChange && documents.Trd.Entities.Count == 0 && documents.Prd.Entities.Count == 0)
        {
            Assert.DoesNotContain(work.Items, i => i.Kind == WorkKind.DataStore);
        }

        if (kind is ProjectKind.Library or ProjectKind.Tool or ProjectKind.App)
        {
            // Nobody operates what is released: no runbooks, go-live or container scanning; the release checks the success
            // criteria; nothing serves traffic, so performance is proven by benchmarks, not load tests and pool tuning.
            Assert.DoesNotContain(work.Items, i => i.Kind == WorkKind.Launch);
            Assert.DoesNotContain(work.Items.SelectMany(i => i.Tasks), t => t.StartsWith("Load tests", StringComparison.Ordinal) || t.Contains("connection pool", StringComparison.Ordinal));
            Assert.DoesNotContain(work.Items.SelectMany(i => i.Tasks.Concat(i.Criteria)), t =>
                t.Contains("Runbooks", StringComparison.Ordinal) || t.Contains("go-live", StringComparison.Ordinal) || t.Contains("container vulnerability", StringComparison.Ordinal) || t.Contains("production-like", StringComparison.Ordinal));
        }

        // Every item says what put it in the plan: a line of the documents or an answer (scope.kind's default, where
        // nothing shows the kind).
        Assert.All(work.Items, i => Assert.False(i.Trigger.IsStandardPractice, $"{pair}: {i.Name} has no trigger"));

        if (kind == ProjectKind.App)
        {
            Assert.DoesNotContain(work.Items.SelectMany(i => i.Tasks.Concat(i.Criteria)), t => t.Contains("migration", StringComparison.OrdinalIgnoreCase));
        }
    }

    [Fact]
    public void The_team_sets_the_kind_the_documents_do_not_show_or_show_wrongly()
    {
        var documents = new DocumentAnalyzer().Analyze(SmallServiceDocuments.Prd, SmallServiceDocuments.Trd);

        var library = Plans.Work(documents, "scope.kind: library");
        var foundation = Assert.Single(library.Items, i => i.Kind == WorkKind.Foundation);
        Assert.Equal("Library set-up: public API and compatibility", foundation.Name);
        Assert.Equal("because the answer to scope.kind says “a library”", foundation.Trigger.Reason);
        Assert.DoesNotContain(library.Items, i => i.Kind is WorkKind.Deployment or WorkKind.Launch);
        Assert.Contains(library.Items, i => i.Kind == WorkKind.Release);

        // An answer that agrees keeps the line that shows the kind; one that is no choice is refused with the choices.
        Assert.StartsWith("because TRD line 8 shows a new service:", Assert.Single(Plans.Work(documents, "scope.kind: service").Items, i => i.Kind == WorkKind.Foundation).Trigger.Reason, StringComparison.Ordinal);
        var questionnaire = PlanningAnswers.Questionnaire(documents);
        var refused = new AnswerCollector().Collect(new AnswerReader().Read("scope.kind: spaceship", questionnaire), questionnaire, AnswerSet.Empty, "ana", DateTimeOffset.UnixEpoch);
        Assert.Empty(refused.Answers.Answers);
        Assert.Equal("`scope.kind`: “spaceship” is not one of the choices (service, change, library, tool, app). Example: `scope.kind: service`", Assert.Single(refused.Findings).Message);
    }

    [Fact]
    public void The_kind_question_states_what_the_documents_show_and_defaults_to_it()
    {
        var library = new QuestionnaireBuilder().Build(new DocumentAnalyzer().Analyze(LibraryChangeDocuments.Prd, LibraryChangeDocuments.Trd)).Find(QuestionIds.ProjectKind)!;
        var unknown = new QuestionnaireBuilder().Build(new DocumentAnalyzer().Analyze("# PRD: notes\n", "# TRD\n")).Find(QuestionIds.ProjectKind)!;

        Assert.Equal(AnswerType.SingleChoice, library.Type);
        Assert.Equal("library", library.Default);
        Assert.Equal("I read this as a library (PRD line 19). Is that right?", library.Prompt);
        Assert.Equal(["library"], library.Choices.Where(c => c.CheckedByDefault).Select(c => c.Key));
        Assert.Equal("service", unknown.Default);
        var libraryQuestions = new QuestionnaireBuilder().Build(new DocumentAnalyzer().Analyze(LibraryChangeDocuments.Prd, LibraryChangeDocuments.Trd));
        var released = libraryQuestions.Find(QuestionIds.DeploymentStrategy)!;
        Assert.All(new[] { QuestionIds.OperationalNeeds, QuestionIds.MonitoringRollout, QuestionIds.BackupRecovery }, id => Assert.Null(libraryQuestions.Find(id)));
        Assert.Equal("How is the library released (versioning, where it is published, who approves it)?", released.Prompt);
        Assert.Equal("a tagged release with a changelog", released.Default);
        Assert.StartsWith("The documents do not say what kind of project this is", unknown.Prompt, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("- Hosting: Fly.io", "Staging and production on Fly.io, configured as code")]
    [InlineData("- Hosting: Kubernetes (GKE)", "Container images and Kubernetes manifests for staging and production")]
    [InlineData("- Language: Go", "Staging and production environments as code (the TRD names no platform: agree it in week 1)")]
    public void A_service_is_deployed_on_the_platform_the_TRD_names(string stack, string task)
    {
        var documents = new DocumentAnalyzer().Analyze(SmallServiceDocuments.Prd, SmallServiceDocuments.Trd + $"\n## Technology Stack\n{stack}\n");

        var deployment = Assert.Single(Plans.Work(documents, string.Empty).Items, i => i.Kind == WorkKind.Deployment);

        Assert.Contains(task, deployment.Tasks);
        Assert.DoesNotContain(deployment.Tasks, t => t.Contains("Container", StringComparison.Ordinal) && !task.Contains("Container", StringComparison.Ordinal));
    }

    [Fact]
    public void A_target_the_success_criteria_repeat_is_proven_where_it_is_measured_not_at_the_release()
    {
        var documents = new DocumentAnalyzer().Analyze(
            LibraryChangeDocuments.Prd + "\n## Success Criteria\n- Response time under 50 ms\n",
            LibraryChangeDocuments.Trd + "\n## Performance\n- Response time under 50 ms\n");

        var weeks = Plans.Weeks(Plans.Build(documents, LibraryChangeDocuments.Answers)).ToList();

        var proving = Assert.Single(weeks, w => w.AcceptanceCriteria.Any(c => c.Text.StartsWith("Proven by a benchmark", StringComparison.Ordinal) && c.Text.EndsWith("Response time under 50 ms", StringComparison.Ordinal)));
        Assert.DoesNotContain("Tag and publish the release", proving.Tasks);
        Assert.Contains(weeks.Last().AcceptanceCriteria, c => c.Text.StartsWith("Success criterion measured: Response time under 50 ms", StringComparison.Ordinal));
    }

    [Fact]
    public void A_library_uses_the_stores_it_names_as_they_are()
    {
        const string prd = "# PRD: outbox helper\nA Go library for the services that already write to PostgreSQL.\n## Functional Requirements\n### FR-001: Enqueue\n- [ ] A message is enqueued in the caller's transaction\n";
        const string trd = "# TRD\n## Overview\nA new Go package `commons/outbox/` inside lib-commons.\n## Dependencies\n- PostgreSQL: the callers' existing database\n";

        var documents = new DocumentAnalyzer().Analyze(prd, trd);
        var plan = Plans.Build(documents, string.Empty);

        Assert.Equal(ProjectKind.Library, ProjectKindDecision.Decide(documents).Kind);
        Assert.DoesNotContain(Plans.Work(documents, string.Empty).Items, i => i.Kind == WorkKind.DataStore);
        var row = Assert.Single(plan.Traceability, r => r.Kind == TraceKind.Integration && r.Item == "PostgreSQL");
        Assert.Empty(row.Weeks);
        Assert.Equal("used as it is: the project does not own it", row.Scope);
    }

    [Fact]
    public void The_plan_states_the_kind_it_planned_for_and_releases_the_library_last()
    {
        var plan = Plans.Build(new DocumentAnalyzer().Analyze(LibraryChangeDocuments.Prd, LibraryChangeDocuments.Trd), LibraryChangeDocuments.Answers);

        var assumption = Assert.Single(plan.Assumptions, a => a.Topic == "project kind");
        Assert.Equal("a library", assumption.Value);
        Assert.StartsWith("PRD line 19: “The library must not require", assumption.Basis, StringComparison.Ordinal);
        Assert.Equal("Library set-up: public API and compatibility", Plans.Weeks(plan).First().Title.Split(',')[0]);

        // The release ships what every earlier week built, so it is in the last week.
        var releaseWeeks = Plans.Weeks(plan).Where(w => w.Tasks.Contains("Tag and publish the release")).Select(w => w.Number).ToList();
        Assert.Equal([Plans.Weeks(plan).Max(w => w.Number)], releaseWeeks);
    }
}
