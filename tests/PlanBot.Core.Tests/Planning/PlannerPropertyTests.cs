using CsCheck;
using PlanBot.Core.Documents;
using PlanBot.Core.Planning;
using PlanBot.Core.Planning.Scheduling;
using PlanBot.Core.Rendering;
using PlanBot.Core.Scoping;
using PlanBot.Core.Scoping.Answers;

namespace PlanBot.Core.Tests.Planning;

/// <summary>
/// Whatever the analyser found and whatever people answered, planning and rendering never throw and the calendar holds;
/// and the plan's length follows the work: never shorter than the effort at the capacity, never shorter with more to
/// build, never longer with a bigger team.
/// </summary>
public sealed class PlannerPropertyTests
{
    private static readonly Gen<string> Text = Gen.OneOf(
        Gen.String[0, 30],
        Gen.OneOf("", " ", "Statement import", "Ledger sync with Midaz", "@team | fixes #1", "a, b, c", "P99 < 50ms", "`code`", "# heading", "- item", "\n", "99.9% uptime", "under 10 seconds"));

    private static readonly Gen<string> Id = Gen.OneOf(
        Gen.Int[1, 30].Select(i => $"FR-{i:000}"),
        Gen.Int[1, 5].Select(i => $"NFR-{i}"),
        Gen.OneOf("US-01", "PPL-01", "Requirement 3", "PRD-L42", "fr-001", " ", "a,b", "@bob"));

    private static readonly Gen<Requirement> Requirements = Gen.Select(Id, Text, Gen.Enum<RequirementKind>(), Gen.Enum<Priority>(), Gen.Int[0, 500], Text.Array[0, 4])
        .Select((id, title, kind, priority, line, criteria) => new Requirement(id, title, kind, priority, line, criteria));

    private static readonly Gen<ApiEndpoint> Endpoints = Gen.Select(
            Gen.OneOf("GET", "POST", "PUT", "DELETE", "PATCH", "get", "", "FOO BAR"),
            Gen.OneOf("/v1/statements", "/v1/statements/{id}", "/v1/statements/:id", "/health", "/metrics", "/", "", "/a/{b}/c/{d}", "/v1/x?y=1", "/$(rm -rf)/\"`", "/ü/ñ", "/v2/reports/{accountId}/items"),
            Gen.Int[0, 300])
        .Select((method, path, line) => new ApiEndpoint(method, path, line));

    private static readonly Gen<Integration> Integrations = Gen.Select(
            Gen.OneOf("PostgreSQL", "Valkey", "Redis", "MongoDB", "RabbitMQ", "Kafka", "Midaz", "Access Manager", "License SDK", "Event Streamer", "Stripe API", "", " ", "Auth0", "X, Y"),
            Gen.Enum<IntegrationKind>(),
            Gen.Int[0, 300])
        .Select((name, kind, line) => new Integration(name, kind, line, 1));

    private static readonly Gen<RequirementsDocument> Documents = Gen.Select(
            Gen.Select(Text, Requirements.Array[0, 12], Endpoints.Array[0, 10], Integrations.Array[0, 6]),
            Gen.Select(Text.Select(t => new DataEntity(t, 3, ValueList<string>.Empty)).Array[0, 5], Gen.Select(Text, Text, Gen.Int[0, 300]).Select((t, m, l) => new PerformanceTarget(t, m, l)).Array[0, 5]),
            Gen.Select(Text.Select(t => new DocumentItem(t, 7)).Array[0, 4], Gen.Select(Text, Gen.Enum<SectionRole>(), Gen.Int[0, 300], Gen.Int[1, 4]).Select((t, r, l, level) => new DocumentSection(t, level, l, r)).Array[0, 6]),
            Gen.Select(Id.Select(i => i == "a,b" ? null : (string?)i), Text, Text).Select((id, role, goal) => new UserStory(id, role, goal, null, 4)).Array[0, 3])
        .Select((core, data, prose, stories) => (PlanningDocuments.Document(DocumentKind.Prd, core.Item1) with
        {
            Requirements = core.Item2,
            Endpoints = core.Item3,
            Integrations = core.Item4,
            Entities = data.Item1,
            PerformanceTargets = data.Item2,
            Risks = prose.Item1,
            SuccessCriteria = prose.Item1,
            Sections = prose.Item2,
            Stories = stories,
        }).WithCriteria());

    private static readonly Gen<string> AnswerValue = Gen.OneOf(
        Gen.String[0, 30],
        Gen.OneOf("0", "1", "4", "3 backend + 1 QA", "1000000", "30 hours per person", "0.5h/week", "200h/week", "full time",
            "2027-01-06", "9999-12-31", "0001-01-01", "next Monday", "end of Q1 2027", "2 weeks", "100000 weeks", "none", "yes", "no",
            "FR-001, FR-002", "target-1", "Midaz", "all", ";;;"));

    private static readonly Gen<DateOnly> Today = Gen.OneOf(
        Gen.Int[-3000, 3000].Select(d => new DateOnly(2026, 11, 25).AddDays(d)),
        Gen.OneOf(DateOnly.MinValue, DateOnly.MaxValue, new DateOnly(9999, 12, 27)));

    [Fact]
    public void Random_documents_and_answers_never_throw_and_give_a_valid_calendar()
    {
        var renderer = new PlanRenderer();
        Gen.Select(Documents, Documents.Select(d => d with { Kind = DocumentKind.Trd }), Gen.Select(Gen.Int[0, 30], AnswerValue).Array[0, 12], Today)
            .Sample((prd, trd, picks, today) =>
            {
                var documents = new DocumentSet(prd with { Kind = DocumentKind.Prd }, trd);
                var questionnaire = new QuestionnaireBuilder().Build(documents);
                var text = string.Join('\n', picks.Select(p => $"{questionnaire.Questions[p.Item1 % questionnaire.Questions.Count].Id}: {p.Item2.Replace('\n', ' ')}"));
                var answers = new AnswerCollector().Collect(new AnswerReader().Read(text, questionnaire), questionnaire, AnswerSet.Empty, "someone", new DateTimeOffset(2026, 11, 25, 0, 0, 0, TimeSpan.Zero)).Answers;

                var plan = new Planner().Build(documents, questionnaire, answers, new PlanningOptions(today));
                var markdown = renderer.Render(plan);

                CalendarRulesTests.AssertCalendar(plan.Document);
                Assert.InRange(plan.Document.Phases.Count, 1, 4);
                Assert.All(plan.Document.Phases, p => Assert.NotEmpty(p.Weeks));
                Assert.True(plan.Summary.Weeks * plan.Summary.CapacityHours >= plan.Summary.EffortHours || plan.Summary.EffortHours > plan.Summary.CapacityHours * PhaseAllocator.MaxWeeks, $"{plan.Summary.Weeks} weeks × {plan.Summary.CapacityHours} h < {plan.Summary.EffortHours} h");
                Assert.EndsWith("\n", markdown, StringComparison.Ordinal);
                Assert.False(markdown.EndsWith("\n\n", StringComparison.Ordinal));
                Assert.DoesNotContain('\r', markdown);
                var traced = plan.Document.Phases.SelectMany(p => p.Weeks).SelectMany(w => w.Traces).ToHashSet(StringComparer.OrdinalIgnoreCase);
                Assert.All(plan.Traceability.Where(r => r.Kind == TraceKind.Requirement && !r.Scope.Contains("not planned", StringComparison.Ordinal)), r => Assert.NotEmpty(r.Weeks));
                var criteria = plan.Document.Phases.SelectMany(p => p.Weeks).SelectMany(w => w.AcceptanceCriteria).Select(c => c.Text).ToList();
                Assert.All(prd.PerformanceTargets.Concat(trd.PerformanceTargets).Where(t => t.Text.Trim().Length > 0), t => Assert.Contains(criteria, c => c.Contains(t.Text.Trim(), StringComparison.OrdinalIgnoreCase)));
            }, iter: 300);
    }

    [Fact]
    public void Adding_a_requirement_never_shortens_the_plan()
    {
        // Without stories: a PRD without functional requirements plans its user stories, and adding the first replaces them.
        // The added one is a should-have, so that it does not change which of the others the MVP question ticks by default.
        var withoutStories = Documents.Select(d => d with { Stories = ValueList<UserStory>.Empty });
        Gen.Select(withoutStories, Requirements, Gen.Int[1, 8]).Sample((prd, added, team) =>
        {
            var before = Weeks(prd, team);
            var after = Weeks((prd with { Requirements = prd.Requirements.Append(new Requirement("FR-999", "A requirement nobody wrote before", RequirementKind.Functional, Priority.ShouldHave, 10_000, added.AcceptanceCriteria)).ToValueList() }).WithCriteria(), team);

            Assert.True(after >= before, $"{before} weeks before, {after} after adding FR-999");
        }, iter: 200);
    }

    [Fact]
    public void Doubling_the_team_never_lengthens_the_plan()
    {
        Gen.Select(Documents, Gen.Int[1, 20]).Sample((prd, team) =>
        {
            var small = Weeks(prd, team);
            var double_ = Weeks(prd, team * 2);

            Assert.True(double_ <= small, $"{small} weeks for {team} people, {double_} for {team * 2}");
        }, iter: 200);
    }

    private static int Weeks(RequirementsDocument prd, int team)
    {
        var documents = new DocumentSet(prd, PlanningDocuments.Document(DocumentKind.Trd, "TRD"));
        var questionnaire = new QuestionnaireBuilder().Build(documents);
        var answers = new AnswerCollector().Collect(new AnswerReader().Read($"team.size: {team}\nteam.hours_per_week: 30 hours per person", questionnaire), questionnaire, AnswerSet.Empty, "someone", new DateTimeOffset(2026, 11, 25, 0, 0, 0, TimeSpan.Zero)).Answers;
        return new Planner().Build(documents, questionnaire, answers, new PlanningOptions(new DateOnly(2026, 11, 25))).Summary.Weeks;
    }
}
