using System.Text.RegularExpressions;
using PlanBot.Core.Documents;
using PlanBot.Core.Planning;

namespace PlanBot.Core.Tests.Planning;

/// <summary>Every week names what of the documents it delivers, and everything in the documents is delivered by a week.</summary>
public sealed partial class TraceabilityRulesTests
{
    private static readonly ImplementationPlan Sample = Plans.Sample();
    private static readonly DocumentSet Documents = PlanningDocuments.Reconciliation;

    [Fact]
    public void Every_requirement_is_delivered_by_a_week_and_has_a_row_in_the_matrix()
    {
        var ids = Documents.Prd.Requirements.Select(r => r.Key).ToList();

        Assert.All(ids, id => Assert.NotEmpty(Plans.WeeksTracing(Sample, id)));
        var rows = Sample.Traceability.Where(r => r.Kind == TraceKind.Requirement).ToList();
        Assert.Equal(ids, rows.Select(r => r.Item));
        Assert.All(rows, r => Assert.Equal(Plans.WeeksTracing(Sample, r.Item), r.Weeks));
    }

    [Fact]
    public void Every_endpoint_table_and_integration_is_traced_by_a_week()
    {
        var traces = Plans.Weeks(Sample).SelectMany(w => w.Traces).ToHashSet(StringComparer.OrdinalIgnoreCase);

        Assert.All(Documents.Trd.Endpoints.Where(e => !e.Path.Contains(':', StringComparison.Ordinal)), e => Assert.Contains($"{e.Method} {e.Path}", traces));
        Assert.All(Documents.Trd.Entities, t => Assert.Contains($"table {t.Name}", traces));
        Assert.All(Documents.Trd.Integrations.Concat(Documents.Prd.Integrations), i => Assert.Contains(i.Name, traces));
    }

    [Fact]
    public void An_endpoint_of_parameters_only_is_built_by_the_requirement_its_parameters_name()
    {
        var plan = Plans.Build(new DocumentAnalyzer().Analyze(SmallServiceDocuments.Prd, SmallServiceDocuments.Trd), string.Empty);

        // GET /{code} is "Redirect a code", not a "Root endpoints" item of its own.
        Assert.Equal(Plans.WeeksTracing(plan, "FR-002").Intersect(Plans.WeeksTracing(plan, "GET /{code}")), Plans.WeeksTracing(plan, "GET /{code}"));
        Assert.DoesNotContain(Plans.Weeks(plan), w => w.Title.Contains("Root endpoints", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_week_names_something_from_the_documents()
    {
        Assert.All(Plans.Weeks(Sample), week => Assert.NotEmpty(week.Traces));
    }

    [Fact]
    public void Every_performance_target_appears_as_written_in_an_acceptance_criterion()
    {
        var criteria = Plans.Weeks(Sample).SelectMany(w => w.AcceptanceCriteria).Select(c => c.Text).ToList();
        var targets = Documents.Prd.PerformanceTargets.Concat(Documents.Trd.PerformanceTargets).Select(t => t.Text).Distinct();

        Assert.All(targets, target => Assert.Contains(criteria, c => c.Contains(target, StringComparison.Ordinal)));
        Assert.All(Sample.Traceability.Where(r => r.Kind == TraceKind.PerformanceTarget), r => Assert.NotEmpty(r.Weeks));
    }

    [Fact]
    public void A_target_written_in_a_requirement_is_proven_in_the_week_that_delivers_it()
    {
        var reports = Plans.WeeksTracing(Sample, "FR-007");
        var week = Plans.Weeks(Sample).Single(w => w.Number == reports[^1]);

        Assert.Contains(week.AcceptanceCriteria, c => c.Text.Contains("under 10 seconds", StringComparison.Ordinal));
    }

    [Fact]
    public void Demos_call_only_endpoints_of_the_TRD()
    {
        var endpoints = Documents.Trd.Endpoints.Select(e => (e.Method, Pattern: Parameter().Replace(e.Path, "[^/]+"))).ToList();
        var demos = Plans.Weeks(Sample).SelectMany(w => w.Demos).ToList();

        Assert.NotEmpty(demos);
        Assert.All(demos, demo =>
        {
            var call = Call().Match(demo.Commands);
            Assert.True(call.Success, demo.Commands);
            var method = call.Groups[1].Success ? call.Groups[1].Value : "GET";
            Assert.Contains(endpoints, e => e.Method == method && Regex.IsMatch(call.Groups[2].Value, $"^{e.Pattern}$"));
        });
    }

    [Fact]
    public void Weeks_without_endpoints_are_seen_done_by_running_their_tests_never_by_a_made_up_call()
    {
        // A library change in Go: its TRD names no endpoint, so no week has a curl demo to invent; its tests show it done.
        var plan = Plans.Build(new DocumentAnalyzer().Analyze(LibraryChangeDocuments.Prd, LibraryChangeDocuments.Trd), LibraryChangeDocuments.Answers);
        var weeks = Plans.Weeks(plan).ToList();

        Assert.NotEmpty(weeks);
        Assert.All(weeks, w => Assert.DoesNotContain(w.Traces, t => Regex.IsMatch(t, "^[A-Z]+ /")));
        var demos = weeks.SelectMany(w => w.Demos).ToList();
        Assert.NotEmpty(demos);
        Assert.All(demos, d => Assert.Equal("go test ./...", d.Commands));
    }

    [GeneratedRegex(@"\{[^}]*\}|:[A-Za-z]\w*")]
    private static partial Regex Parameter();

    [GeneratedRegex(@"curl (?:-s -o /dev/null -w '[^']*'\s+)?(?:-i )?(?:-X ([A-Z]+) )?(?:-H ""[^""]*"" )*""http://localhost:8080([^""]*)""")]
    private static partial Regex Call();
}
