using PlanBot.Core.Planning;
using PlanBot.Core.Rendering;

namespace PlanBot.Core.Tests.Planning;

public sealed class SmokeTests
{
    [Fact]
    public void Writes_the_sample()
    {
        var documents = PlanningDocuments.Reconciliation;
        var questionnaire = PlanningAnswers.Questionnaire(documents);
        var answers = PlanningAnswers.Read(questionnaire, PlanningAnswers.Sample);
        var plan = new Planner().Build(documents, questionnaire, answers, new PlanningOptions(PlanningAnswers.Today));
        File.WriteAllText("/tmp/plan-smoke.md", new PlanRenderer().Render(plan));
    }
}
