using CsCheck;
using PlanBot.Core.Documents;
using PlanBot.Core.Graphs;
using PlanBot.Core.Planning.Work;

namespace PlanBot.Core.Tests.Planning;

/// <summary>
/// Work waits for what it uses: an endpoint a requirement calls is built before it, a requirement the documents say
/// it depends on comes first, and the order is otherwise the documents'. Cycles are reported, never followed round.
/// </summary>
public sealed class DependencyTests
{
    [Fact]
    public void A_prerequisite_that_came_later_moves_to_just_before_the_first_item_that_needs_it()
    {
        string[] items = ["set-up", "redirect", "shorten", "count", "export"];
        var needs = new Dictionary<string, string[]> { ["redirect"] = ["shorten"], ["count"] = ["export"] };

        var (ordered, cycles) = StableOrder.Of(items, i => needs.GetValueOrDefault(i, []));

        Assert.Equal(["set-up", "shorten", "redirect", "export", "count"], ordered);
        Assert.Empty(cycles);
    }

    [Fact]
    public void A_cycle_is_reported_and_every_item_is_placed_once()
    {
        string[] items = ["a", "b", "c"];
        var needs = new Dictionary<string, string[]> { ["a"] = ["b"], ["b"] = ["a"] };

        var (ordered, cycles) = StableOrder.Of(items, i => needs.GetValueOrDefault(i, []));

        Assert.Equal(["b", "a", "c"], ordered);
        Assert.Equal(["a", "b"], Assert.Single(cycles));
    }

    [Fact]
    public void An_endpoint_a_requirement_uses_and_a_requirement_it_depends_on_come_first()
    {
        var work = Plans.Work(new DocumentAnalyzer().Analyze(Prd, SmallServiceDocuments.Trd), SmallServiceDocuments.Answers).Items.ToList();

        int At(string id) => work.FindIndex(i => i.Traces.Contains(id));
        Assert.True(At("FR-002") < At("FR-001"), "FR-001 redirects codes that POST /v1/links (FR-002) creates");
        Assert.True(At("FR-004") < At("FR-003"), "FR-003 says it depends on FR-004");
        Assert.Contains(work[At("FR-002")].Key, work[At("FR-001")].DependsOn);
    }

    [Fact]
    public void A_depends_on_column_of_a_requirements_table_is_followed()
    {
        const string prd = """
            # PRD: shortlink

            ## Functional Requirements
            | ID | Requirement | Depends on |
            |---|---|---|
            | FR-001 | Count clicks per day | FR-3 |
            | FR-002 | Shorten a link | |
            | FR-003 | Store click events | FR-002 |
            """;
        var documents = new DocumentAnalyzer().Analyze(prd, SmallServiceDocuments.Trd);
        var work = Plans.Work(documents, SmallServiceDocuments.Answers).Items.ToList();

        Assert.Equal(["FR-3"], documents.Prd.Requirements.Single(r => r.Id == "FR-001").DependsOn);
        int At(string id) => work.FindIndex(i => i.Traces.Contains(id));
        Assert.True(At("FR-002") < At("FR-003") && At("FR-003") < At("FR-001"), string.Join(", ", work.Select(i => i.Key)));
    }

    [Fact]
    public void A_suggested_implementation_sequence_orders_the_features()
    {
        const string sequence = """

            ### Suggested implementation sequence
            1) Count clicks (per day, per link)
            2) Redirect a code
            3) Shorten a link
            """;
        var work = Plans.Work(new DocumentAnalyzer().Analyze(SmallServiceDocuments.Prd, SmallServiceDocuments.Trd + sequence), SmallServiceDocuments.Answers).Items.ToList();

        int At(string id) => work.FindIndex(i => i.Traces.Contains(id));
        Assert.True(At("FR-003") < At("FR-002") && At("FR-002") < At("FR-001"), string.Join(", ", work.Select(i => i.Key)));
    }

    [Fact]
    public void A_feature_waits_for_the_prototype_of_an_integration_it_calls_and_the_schema_of_a_table_it_names()
    {
        var work = Plans.Work(PlanningDocuments.Reconciliation, PlanningAnswers.Sample).Items.ToList();

        var sync = work.Single(i => i.Traces.Contains("FR-002"));
        Assert.Contains("prototype:midaz", sync.DependsOn);
        Assert.True(work.FindIndex(i => i.Key == "prototype:midaz") < work.IndexOf(sync));

        var links = Plans.Work(new DocumentAnalyzer().Analyze(SmallServiceDocuments.Prd, SmallServiceDocuments.Trd), SmallServiceDocuments.Answers).Items;
        Assert.Contains("schema", links.Single(i => i.Traces.Contains("FR-001")).DependsOn);
    }

    [Fact]
    public void The_security_review_comes_after_the_access_control_it_reviews()
    {
        var prd = SmallServiceDocuments.Prd.Replace("## Success Criteria", "### FR-004: Role-based permissions for link owners\n- Only the owner of a link can read its clicks\n\n## Non-Functional Requirements\n- NFR-001: Security: every endpoint requires a token\n\n## Success Criteria", StringComparison.Ordinal);
        var work = Plans.Work(new DocumentAnalyzer().Analyze(prd, SmallServiceDocuments.Trd), SmallServiceDocuments.Answers).Items.ToList();

        var permissions = work.FindIndex(i => i.Traces.Contains("FR-004"));
        var review = work.FindIndex(i => i.Kind == WorkKind.Security);
        Assert.Contains(work[permissions].Key, work[review].DependsOn);
        Assert.True(permissions < review, string.Join(", ", work.Select(i => i.Key)));
    }

    [Fact]
    public void A_week_says_what_of_earlier_weeks_its_work_waits_for()
    {
        var plan = Plans.Build(new DocumentAnalyzer().Analyze(Prd, SmallServiceDocuments.Trd), SmallServiceDocuments.Answers + "\nteam.size: 1\nteam.hours_per_week: 10 hours per person");

        var redirect = Plans.Weeks(plan).First(w => w.Traces.Contains("FR-001"));
        var shorten = Plans.Weeks(plan).Last(w => w.Traces.Contains("FR-002"));
        Assert.True(shorten.Number < redirect.Number);
        Assert.Contains($"week {shorten.Number}: Shorten a link", redirect.Needs);
    }

    [Fact]
    public void No_item_is_laid_out_before_an_item_it_waits_for_unless_they_wait_for_each_other()
    {
        var texts = Gen.OneOf(
            Gen.Const("Statements are read through GET /v1/statements/{id}"),
            Gen.Const("Uploads use POST /v1/statements"),
            Gen.Int[1, 6].Select(i => $"This depends on FR-00{i}"),
            Gen.Int[1, 6].Select(i => $"Blocked by FR-00{i} and FR-00{(i % 6) + 1}"),
            Gen.Const("A plain criterion"));
        var requirements = Gen.Select(Gen.Int[1, 6], texts.Array[1, 3]).Array[1, 8]
            .Select(rs => rs.DistinctBy(r => r.Item1).Select((r, i) => new Requirement($"FR-00{r.Item1}", $"Requirement {r.Item1}", RequirementKind.Functional, Priority.MustHave, 10 + (i * 10), r.Item2.ToValueList())).ToValueList());
        var endpoints = Gen.OneOf(Gen.Const("/v1/statements"), Gen.Const("/v1/statements/{id}"), Gen.Const("/v1/reports")).Array[0, 3]
            .Select(ps => ps.Distinct().Select((p, i) => new ApiEndpoint(p.Contains('{') ? "GET" : "POST", p, 100 + i)).ToValueList());

        Gen.Select(requirements, endpoints).Sample((reqs, eps) =>
        {
            var prd = (PlanningDocuments.Document(DocumentKind.Prd, "PRD") with { Requirements = reqs }).WithCriteria();
            var trd = PlanningDocuments.Document(DocumentKind.Trd, "TRD") with { Endpoints = eps };
            var documents = new DocumentSet(prd, trd);
            var breakdown = Plans.Breakdown(documents, string.Empty);
            var work = breakdown.Work.Items.ToList();
            var cyclic = breakdown.Cycles.SelectMany(c => c).Select(i => i.Key).ToHashSet();

            var position = work.Select((item, i) => (item.Key, i)).ToDictionary(p => p.Key, p => p.i);
            foreach (var (item, i) in work.Select((item, i) => (item, i)))
            {
                foreach (var prerequisite in item.DependsOn.Where(position.ContainsKey))
                {
                    Assert.True(position[prerequisite] < i || (cyclic.Contains(prerequisite) && cyclic.Contains(item.Key)), $"{item.Key} comes before {prerequisite}, which it waits for");
                }
            }
        }, iter: 200);
    }

    private const string Prd = """
        # PRD: shortlink

        ## Functional Requirements
        ### FR-001: Redirect a code
        - A code created with `POST /v1/links` redirects to its URL with status 301
        - An unknown code answers 404

        ### FR-002: Shorten a link
        - A valid http or https URL gets a seven-character code that is unique

        ### FR-003: Count clicks
        - Every redirect adds one to the code's click count; counting depends on FR-004

        ### FR-004: Store click events
        - Every click event is stored with its time and code
        """;
}
