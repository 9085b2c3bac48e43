using PlanBot.Core.Documents;
using PlanBot.Core.Planning;
using PlanBot.Core.Planning.Inputs;
using PlanBot.Core.Planning.Scheduling;
using PlanBot.Core.Planning.Work;
using PlanBot.Core.Rendering;

namespace PlanBot.Core.Tests.Planning;

/// <summary>Builds plans the way the app does: the real questionnaire, answer collector, planner and renderer.</summary>
internal static class Plans
{
    public static ImplementationPlan Build(DocumentSet documents, string answers, PlanningOptions? options = null)
    {
        var questionnaire = PlanningAnswers.Questionnaire(documents);
        return new Planner().Build(documents, questionnaire, PlanningAnswers.Read(questionnaire, answers), options ?? new PlanningOptions(PlanningAnswers.Today));
    }

    /// <summary>The work stage's output for the same inputs: the items before they are scheduled.</summary>
    public static WorkPlan Work(DocumentSet documents, string answers) => Breakdown(documents, answers).Work;

    public static Breakdown Breakdown(DocumentSet documents, string answers)
    {
        var questionnaire = PlanningAnswers.Questionnaire(documents);
        var planAnswers = new PlanAnswers(questionnaire, PlanningAnswers.Read(questionnaire, answers), PlanningAnswers.Today);
        return Core.Planning.Work.Breakdown.Build(PlanInputs.From(documents, planAnswers), planAnswers, Capacity.From(planAnswers, new PlanningOptions(PlanningAnswers.Today)).WeeklyHours);
    }

    public static ImplementationPlan Sample(string extraAnswers = "") => Build(PlanningDocuments.Reconciliation, PlanningAnswers.Sample + "\n" + extraAnswers);

    public static string Render(ImplementationPlan plan) => new PlanRenderer().Render(plan);

    public static IEnumerable<PlanWeek> Weeks(ImplementationPlan plan) => plan.Document.Phases.SelectMany(p => p.Weeks);

    /// <summary>The weeks whose traces name <paramref name="trace"/>.</summary>
    public static IReadOnlyList<int> WeeksTracing(ImplementationPlan plan, string trace) =>
        Weeks(plan).Where(w => w.Traces.Contains(trace, StringComparer.OrdinalIgnoreCase)).Select(w => w.Number).ToList();

    public static int PhaseOf(ImplementationPlan plan, int week) =>
        plan.Document.Phases.First(p => p.Weeks.Any(w => w.Number == week)).Number;
}
