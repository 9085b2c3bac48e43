using System.Text.RegularExpressions;
using PlanBot.Core.Documents;
using PlanBot.Core.Planning;
using PlanBot.Core.Planning.Inputs;
using PlanBot.Core.Rendering;
using PlanBot.Core.Scoping;
using PlanBot.Core.Scoping.Answers;
using PlanBot.Core.Tests.Documents;

namespace PlanBot.Core.Tests.Planning;

/// <summary>
/// Every real PRD/TRD pair of the corpus (when present) planned with nobody's answers: no exception, and the rules
/// hold on documents nobody wrote for PlanBot.
/// </summary>
public sealed partial class CorpusPlanningTests
{
    [CorpusTheory]
    [MemberData(nameof(Corpus.PairRows), MemberType = typeof(Corpus))]
    public void Every_pair_is_planned_and_the_rules_hold(string pair)
    {
        var documents = new DocumentAnalyzer().Analyze(Corpus.Read(pair, "PRD.md"), Corpus.Read(pair, "TRD.md"));
        var questionnaire = new QuestionnaireBuilder().Build(documents);
        var plan = new Planner().Build(documents, questionnaire, AnswerSet.Empty, new PlanningOptions(PlanningAnswers.Today));
        var markdown = new PlanRenderer().Render(plan);

        CalendarRulesTests.AssertCalendar(plan.Document);
        var weeks = Plans.Weeks(plan).ToList();
        Assert.All(weeks, w => Assert.NotEmpty(w.AcceptanceCriteria));
        Assert.All(plan.Traceability.Where(r => r.Kind == TraceKind.Requirement && r.Scope != "Won't have (PRD): not planned"), r => Assert.NotEmpty(r.Weeks));
        var criteria = weeks.SelectMany(w => w.AcceptanceCriteria).Select(c => c.Text).ToList();
        Assert.All(documents.Prd.PerformanceTargets.Concat(documents.Trd.PerformanceTargets), t => Assert.Contains(criteria, c => c.Contains(t.Text.Trim(), StringComparison.OrdinalIgnoreCase)));
        var paths = documents.Trd.Endpoints.Select(e => Parameter().Replace(e.Path.Trim(), "{}")).ToHashSet(StringComparer.OrdinalIgnoreCase);
        // A demo calls an endpoint of the TRD, or runs the tests with the command the documents give or their stack implies.
        var tests = TestCommand.Of(documents);
        Assert.All(weeks.SelectMany(w => w.Demos), d =>
        {
            if (tests is not null && d.Title == $"Run the tests (the command of {tests.Where})")
            {
                Assert.StartsWith(string.Join(' ', tests.Command.Split(' ').Take(2)), d.Commands, StringComparison.Ordinal);
            }
            else
            {
                Assert.Contains(Parameter().Replace(Path().Match(d.Title).Value, "{}"), paths);
            }
        });
        Assert.Equal(plan.Document, new PlanMarkdownParser().Parse(markdown), new ZeroWidthInsensitive());
    }

    [CorpusTheory]
    [MemberData(nameof(Corpus.PairRows), MemberType = typeof(Corpus))]
    public void Every_criterion_the_documents_state_is_a_checkbox_of_the_plan_with_its_line(string pair)
    {
        var documents = new DocumentAnalyzer().Analyze(Corpus.Read(pair, "PRD.md"), Corpus.Read(pair, "TRD.md"));
        var plan = Plans.Build(documents, string.Empty);
        // Requirements the plan leaves out (won't-haves) are named in the matrix by id or title, and found by where they are written.
        var notPlanned = plan.Traceability.Where(r => r.Kind == TraceKind.Requirement && r.Weeks.Count == 0).Select(r => r.Source).ToHashSet(StringComparer.Ordinal);
        var checkboxes = Plans.Weeks(plan).SelectMany(w => w.AcceptanceCriteria).Select(c => c.Text).ToList();
        foreach (var (document, name) in new[] { (documents.Prd, "PRD"), (documents.Trd, "TRD") })
        {
            var left = document.Requirements.Where(r => notPlanned.Contains($"{name} line {r.Line}")).Select(r => r.Key).ToHashSet(StringComparer.Ordinal);
            foreach (var criterion in document.Criteria.Where(c => c.Owner is null || !left.Contains(c.Owner)))
            {
                var quoted = $"{criterion.Text} ({name} line {criterion.Line})";
                Assert.True(checkboxes.Any(c => c.Contains(quoted, StringComparison.Ordinal)), $"{pair}: not in the plan: {quoted}");
            }
        }
    }

    [CorpusTheory]
    [MemberData(nameof(Corpus.PairRows), MemberType = typeof(Corpus))]
    public void Every_id_the_prd_gives_is_a_row_of_the_traceability_matrix(string pair) =>
        AssertEveryIdTraced(new DocumentAnalyzer().Analyze(Corpus.Read(pair, "PRD.md"), Corpus.Read(pair, "TRD.md")));

    [Fact]
    public void Every_id_the_sample_prd_gives_is_a_row_of_the_traceability_matrix_and_its_stories_are_delivered()
    {
        var documents = new DocumentAnalyzer().Analyze(File.ReadAllText(Cli.SamplePaths.SampleFile("PRD.md")), File.ReadAllText(Cli.SamplePaths.SampleFile("TRD.md")));
        AssertEveryIdTraced(documents);

        var stories = Plans.Build(documents, string.Empty).Traceability.Where(r => r.Kind == TraceKind.UserStory).ToList();
        Assert.Equal(["US-001", "US-002", "US-003", "US-004", "US-005", "US-006", "US-007"], stories.Select(r => r.Item));
        Assert.All(stories.Where(r => r.Item != "US-004"), r => Assert.NotEmpty(r.Weeks));
    }

    /// <summary>Requirement, story and criterion ids of the PRD, each a row of the matrix.</summary>
    private static void AssertEveryIdTraced(DocumentSet documents)
    {
        var rows = Plans.Build(documents, string.Empty).Traceability.Select(r => r.Item).ToHashSet(StringComparer.Ordinal);
        var ids = documents.Prd.Requirements.Select(r => r.Id)
            .Concat(documents.Prd.Stories.Select(s => s.Id))
            .Concat(documents.Prd.Criteria.Select(c => c.Id))
            .OfType<string>()
            .Select(id => id.Trim());
        Assert.All(ids, id => Assert.Contains(id, rows));
    }

    [CorpusTheory]
    [MemberData(nameof(Corpus.PairRows), MemberType = typeof(Corpus))]
    public void A_plan_shows_no_requirement_id_that_the_documents_do_not_write(string pair) =>
        AssertNoInventedIds(Corpus.Read(pair, "PRD.md"), Corpus.Read(pair, "TRD.md"));

    [Fact]
    public void The_sample_plan_shows_no_requirement_id_that_the_documents_do_not_write() =>
        AssertNoInventedIds(File.ReadAllText(Cli.SamplePaths.SampleFile("PRD.md")), File.ReadAllText(Cli.SamplePaths.SampleFile("TRD.md")));

    /// <summary>Every token of the plan that looks like a requirement id (<c>FR-001</c>, <c>US1</c>, <c>PRD-L42</c>) is written in the PRD or the TRD.</summary>
    internal static void AssertNoInventedIds(string prd, string trd)
    {
        var markdown = Plans.Render(Plans.Build(new DocumentAnalyzer().Analyze(prd, trd), string.Empty));

        var invented = IdLike().Matches(markdown).Select(m => m.Value).Distinct(StringComparer.Ordinal)
            .Where(id => !prd.Contains(id, StringComparison.Ordinal) && !trd.Contains(id, StringComparison.Ordinal))
            .ToList();
        Assert.Empty(invented);
        Assert.DoesNotContain("story PRD line", markdown, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"(?<![\p{L}\p{N}_-])(?:[A-Z]{1,6}-L?\d{1,4}[a-h]?|[A-Z]{2,5}\d{1,4})(?![\p{L}\p{N}_])")]
    private static partial Regex IdLike();

    [GeneratedRegex(@"\{[^}/]*\}|:[A-Za-z_][\w-]*")]
    private static partial Regex Parameter();

    [GeneratedRegex(@"/\S*$")]
    private static partial Regex Path();

    /// <summary>The parser keeps the zero-width spaces that defuse mentions; they are the only allowed difference.</summary>
    private sealed class ZeroWidthInsensitive : IEqualityComparer<PlanDocument>
    {
        public bool Equals(PlanDocument? x, PlanDocument? y) =>
            string.Equals(Strip(x), Strip(y), StringComparison.Ordinal);

        public int GetHashCode(PlanDocument obj) => Strip(obj).GetHashCode(StringComparison.Ordinal);

        private static string Strip(PlanDocument? document) => document is null ? string.Empty : Describe(document).Replace("\u200B", string.Empty, StringComparison.Ordinal);

        private static string Describe(PlanDocument document) => document.Title + "\n" + string.Join('\n', document.Phases.SelectMany(p =>
            new[] { $"{p.Number}|{p.Name}|{p.Goal}|{p.Start}|{p.Due}|{string.Join(";", p.AcceptanceCriteria)}" }
                .Concat(p.Weeks.Select(w => $"{w.Number}|{w.Title}|{w.Start}|{w.Due}|{w.Tasks}|{w.Deliverables}|{w.Demos}|{w.AcceptanceCriteria}|{w.Traces}"))));
    }
}
