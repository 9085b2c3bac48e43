using PlanBot.Core.Documents;
using PlanBot.Core.Planning;
using PlanBot.Core.Scoping;
using PlanBot.Core.Tests.Documents;

namespace PlanBot.Core.Tests.Planning;

/// <summary>
/// The facts the corpus pairs state that a scoping question asks or that shape the plan, read by hand once: each is
/// shown pre-filled in the scoping comment and honoured in the plan made with the defaults.
/// </summary>
public sealed class CorpusFactTests
{
    [CorpusTheory]
    [InlineData("kart-shopper", "rolling deployment", "TRD line 242")]
    public void A_stated_deployment_strategy_is_pre_filled_and_is_the_plans(string pair, string strategy, string where)
    {
        var documents = Documents(pair);

        var question = PlanningAnswers.Questionnaire(documents).Find(QuestionIds.DeploymentStrategy)!;
        Assert.Equal(strategy, question.Default);
        Assert.StartsWith(where + ":", question.Stated, StringComparison.Ordinal);
        Assert.Contains($"Release pipeline: {strategy}", Plans.Weeks(Plans.Build(documents, string.Empty)).SelectMany(w => w.Tasks));
    }

    [CorpusTheory]
    [InlineData("kiro-codebuild-worker", "80%", "PRD line 282")]
    public void A_stated_coverage_is_pre_filled_in_the_gates_and_is_the_plans(string pair, string coverage, string where)
    {
        var documents = Documents(pair);

        var gates = PlanningAnswers.Questionnaire(documents).Find(QuestionIds.QualityGates)!;
        Assert.Contains($"{coverage} test coverage", gates.Default, StringComparison.Ordinal);
        Assert.StartsWith(where + ":", gates.Stated, StringComparison.Ordinal);
        Assert.Contains(Plans.Weeks(Plans.Build(documents, string.Empty)).SelectMany(w => w.AcceptanceCriteria), c => c.Text.Contains($"{coverage} test coverage", StringComparison.Ordinal));
    }

    [CorpusTheory]
    [InlineData("lerian-libcommons-streaming", "4 days", "PRD line 15", 1)]
    public void A_stated_effort_is_pre_filled_and_sets_the_plans_length(string pair, string effort, string where, int weeks)
    {
        var documents = Documents(pair);

        var question = PlanningAnswers.Questionnaire(documents).Find(QuestionIds.Effort)!;
        Assert.Equal(effort, question.Default);
        Assert.StartsWith(where + ":", question.Stated, StringComparison.Ordinal);
        var plan = Plans.Build(documents, string.Empty);
        Assert.Equal(weeks, plan.Summary.Weeks);
        Assert.StartsWith($"stated in {where}:", Assert.Single(plan.Assumptions, a => a.Topic == "effort").Basis, StringComparison.Ordinal);
    }

    [CorpusTheory]
    [InlineData("nexus-command", "App Shell|Data Layer|ML Pipeline|System Actions|Visual Polish|Testing and Profiling|Distribution", "2|2|2|1|1|1|1", "TRD lines 309–321")]
    public void The_documents_phases_are_the_plans_phases(string pair, string names, string weeks, string where)
    {
        var documents = Documents(pair);

        Assert.Contains(where, PlanningAnswers.Questionnaire(documents).Find(QuestionIds.Effort)!.Prompt, StringComparison.Ordinal);
        var plan = Plans.Build(documents, string.Empty);
        Assert.Equal(names.Split('|'), plan.Document.Phases.Select(p => p.Name));
        Assert.Equal(weeks.Split('|').Select(int.Parse), plan.Document.Phases.Select(p => p.Weeks.Count));
        Assert.Equal($"stated in {where}", Assert.Single(plan.Assumptions, a => a.Topic == "phases").Basis);
    }

    [CorpusTheory]
    [InlineData("bantu-payroll-hr", "Core Payroll & HR")]
    [InlineData("keepaccounts-zh", "v1.0")]
    public void A_roadmap_without_lengths_leaves_the_plan_its_own_phases(string pair, string roadmapPhase)
    {
        var plan = Plans.Build(Documents(pair), string.Empty);

        Assert.DoesNotContain(plan.Document.Phases, p => p.Name.Contains(roadmapPhase, StringComparison.Ordinal));
        Assert.DoesNotContain(plan.Assumptions, a => a.Topic == "phases");
    }

    [CorpusTheory]
    [InlineData("kart-shopper", "PRD lines 23–33 (§ Out of Scope)", "Price comparison across stores")]
    [InlineData("lerian-libcommons-streaming", "PRD lines 67–71 (§ Non-goals (explicit))", "Consumer-side library")]
    [InlineData("nexus-command", "PRD lines 18–23 (§ 🚫 Non-Goals)", "Cross-platform support for iOS, iPadOS, or non-Apple platforms")]
    [InlineData("lerian-fetcher-crypto-security", "PRD lines 244–249 (§ 6.2 Out of Scope)", "Interface gráfica para gerenciamento de chaves")]
    public void What_the_documents_leave_out_is_listed_and_not_planned(string pair, string where, string item)
    {
        var plan = Plans.Build(Documents(pair), string.Empty);

        var row = Assert.Single(plan.Assumptions, a => a.Topic == "out of scope" && a.Basis == where);
        Assert.Contains(item, row.Value, StringComparison.Ordinal);
        Assert.Equal("not planned", row.Effect);
        Assert.DoesNotContain(Plans.Weeks(plan), w => w.Title.Contains(item, StringComparison.OrdinalIgnoreCase));
    }

    private static DocumentSet Documents(string pair) => new DocumentAnalyzer().Analyze(Corpus.Read(pair, "PRD.md"), Corpus.Read(pair, "TRD.md"));
}
