using PlanBot.Core.Documents;
using PlanBot.Core.Planning;
using PlanBot.Core.Scoping;
using PlanBot.Core.Tests.Planning;

namespace PlanBot.Core.Tests.Documents;

/// <summary>
/// What the documents state that a scoping question asks is read with its line, becomes the question's default (no
/// longer required), and so reaches the plan; a person's answer still wins.
/// </summary>
public sealed class StatedFactTests
{
    public static TheoryData<string, FactKind, string, int> Facts => new()
    {
        { "# PRD\nTeam size: 2\n", FactKind.TeamSize, "2", 2 },
        { "# PRD\n| Field | Value |\n|---|---|\n| Team | 3 developers |\n", FactKind.TeamSize, "3", 4 },
        { "# PRD\n**Team:** four engineers\n", FactKind.TeamSize, "4", 2 },
        { "# PRD\nBuilt by a team of two over the spring.\n", FactKind.TeamSize, "2", 2 },
        { "# PRD\n- **Start date:** 2027-03-01\n", FactKind.StartDate, "2027-03-01", 2 },
        { "# PRD\n| Deadline | 2027-06-30 |\n", FactKind.Deadline, "2027-06-30", 2 },
        { "# TRD\n## Deployment\nReleases go out as blue/green deployments on Fly.io.\n", FactKind.DeploymentStrategy, "blue-green deployment", 3 },
        { "# TRD\nA canary release takes 5% of traffic first.\n", FactKind.DeploymentStrategy, "canary deployment", 2 },
        { "# TRD\n## Timeline\nEstimate: 3 working days (+1 buffer)\n", FactKind.Effort, "3 days", 3 },
        { "# TRD\nThe effort is ~2 weeks for one developer.\n", FactKind.Effort, "2 weeks", 2 },
        { "# TRD\nIt takes 2–4 days to build.\n", FactKind.Effort, "4 days", 2 },
        { "# PRD\n| Track | Small (tentatively 2–4 AI-agent days) |\n", FactKind.Effort, "4 days", 2 },
        { "# PRD\nWe think 5 person-days cover it.\n", FactKind.Effort, "5 days", 2 },
        { "# TRD\n**Zero-downtime**: Kamal handles it via rolling restart.\n", FactKind.DeploymentStrategy, "rolling deployment", 2 },
        { "# PRD\nHours per week: 20\n", FactKind.HoursPerWeek, "20 hours per person", 2 },
        { "# PRD\nEach developer works 15 hours a week on it.\n", FactKind.HoursPerWeek, "15 hours per person", 2 },
        { "# PRD\nEvery component keeps at least 80% code coverage.\n", FactKind.Coverage, "80%", 2 },
        { "# TRD\n| Test coverage | coverage above 90% |\n", FactKind.Coverage, "90%", 2 },
        { "# TRD\nRolling updates with automatic rollback when the probe fails.\n", FactKind.DeploymentStrategy, "rolling deployment with automatic rollback", 2 },
    };

    [Theory]
    [MemberData(nameof(Facts))]
    public void A_stated_fact_is_read_with_its_line(string text, FactKind kind, string value, int line)
    {
        var fact = Assert.Single(new DocumentAnalyzer().Analyze(text, DocumentKind.Prd).Facts);

        Assert.Equal((kind, value, line), (fact.Kind, fact.Value, fact.Line));
    }

    [Theory]
    [InlineData("# PRD\nTeam size: 30% of the budget goes to QA\n")]
    [InlineData("# PRD\nThe team: 2 weeks of onboarding\n")]
    [InlineData("# PRD\nStart date: next spring\n")]
    [InlineData("# PRD\nWe do not use canary releases.\n")]
    [InlineData("# PRD\nA rolling window of 30 days.\n")]
    [InlineData("# PRD\nHours per week: 50% of the team\n")]
    [InlineData("# PRD\n90% of users get coverage maps.\n")]
    [InlineData("# TRD\n| Tax engine | Vitest | 100% coverage of tax bracket combinations |\n")]
    [InlineData("# PRD\nTeam size: 400\n")]
    public void Numbers_about_something_else_and_dates_that_are_no_date_are_no_facts(string text)
    {
        Assert.Empty(new DocumentAnalyzer().Analyze(text, DocumentKind.Prd).Facts);
    }

    [Fact]
    public void A_stated_fact_is_the_default_of_its_question_and_is_no_longer_required()
    {
        var questions = new QuestionnaireBuilder().Build(Documents());
        var team = questions.Find(QuestionIds.TeamSize)!;

        Assert.Equal("2", team.Default);
        Assert.False(team.Required);
        Assert.Equal("PRD line 3: “Team size: 2”", team.Stated);
        Assert.Equal("blue-green deployment", questions.Find(QuestionIds.DeploymentStrategy)!.Default);
        Assert.Contains("From the documents: **2** — PRD line 3: “Team size: 2”. Answer only to change it.", new ScopingCommentRenderer().Render(questions, PlanBot.Core.Scoping.Answers.AnswerSet.Empty, ValueList<PlanBot.Core.Scoping.Answers.AnswerFinding>.Empty, ValueList<QualityFinding>.Empty), StringComparison.Ordinal);
    }

    [Fact]
    public void The_plan_uses_what_the_documents_state_and_says_where_they_state_it()
    {
        var plan = Plans.Build(Documents(), string.Empty);

        Assert.Equal(2, plan.Summary.TeamSize);
        Assert.Equal(40m, plan.Summary.CapacityHours);
        Assert.Equal(new DateOnly(2027, 3, 1), plan.Summary.Start);
        Assert.Contains(Plans.Weeks(plan).SelectMany(w => w.Tasks), t => t == "Release pipeline: blue-green deployment");
        Assert.Equal("stated in PRD line 3: “Team size: 2”", Assert.Single(plan.Assumptions, a => a.Topic == QuestionIds.TeamSize).Basis);
    }

    [Fact]
    public void A_stated_coverage_is_the_coverage_of_the_gates_and_of_the_testing_approach()
    {
        var questions = new QuestionnaireBuilder().Build(new DocumentAnalyzer().Analyze(SmallServiceDocuments.Prd + "\n## Quality\nEvery package keeps at least 90% code coverage.\n", SmallServiceDocuments.Trd));

        Assert.Equal("CI green; 90% test coverage; code review; security scan", questions.Find(QuestionIds.QualityGates)!.Default);
        Assert.StartsWith("unit and integration tests with 90% coverage", questions.Find(QuestionIds.TestApproach)!.Default, StringComparison.Ordinal);
        Assert.StartsWith("PRD line ", questions.Find(QuestionIds.QualityGates)!.Stated, StringComparison.Ordinal);
    }

    [Fact]
    public void A_persons_answer_wins_over_the_documents()
    {
        var plan = Plans.Build(Documents(), "team.size: 5");

        Assert.Equal(5, plan.Summary.TeamSize);
    }

    [Fact]
    public void A_stated_effort_calibrates_the_estimate_and_an_answer_can_set_it_aside()
    {
        var documents = new DocumentAnalyzer().Analyze(LibraryChangeDocuments.Prd, LibraryChangeDocuments.Trd + "\n## Timeline\nEstimate: 2 working days\n");

        var stated = Plans.Build(documents, LibraryChangeDocuments.Answers);
        var estimated = Plans.Build(documents, LibraryChangeDocuments.Answers + "\ntimeline.effort: none");

        Assert.Equal(1, stated.Summary.Weeks);
        var effort = Assert.Single(stated.Assumptions, a => a.Topic == "effort");
        Assert.StartsWith("stated in TRD line ", effort.Basis, StringComparison.Ordinal);
        Assert.EndsWith(": “Estimate: 2 working days”", effort.Basis, StringComparison.Ordinal);
        Assert.Equal(5, estimated.Summary.Weeks);
        Assert.Equal(stated.Document.Phases.SelectMany(p => p.Weeks).SelectMany(w => w.Traces).Distinct().Order(), estimated.Document.Phases.SelectMany(p => p.Weeks).SelectMany(w => w.Traces).Distinct().Order());
    }

    private static DocumentSet Documents() => new DocumentAnalyzer().Analyze(
        SmallServiceDocuments.Prd.Replace("## Problem", "Team size: 2\nStart date: 2027-03-01\nHours per week: 20\n\n## Problem", StringComparison.Ordinal),
        SmallServiceDocuments.Trd + "\n## Deployment\nEvery release is a blue-green deployment.\n");
}
