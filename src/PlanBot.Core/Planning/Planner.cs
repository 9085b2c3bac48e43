using PlanBot.Core.Documents;
using PlanBot.Core.Planning.Inputs;
using PlanBot.Core.Planning.Scheduling;
using PlanBot.Core.Planning.Work;
using PlanBot.Core.Planning.Writing;
using PlanBot.Core.Scoping;
using PlanBot.Core.Scoping.Answers;

namespace PlanBot.Core.Planning;

/// <summary>
/// Documents + answers → plan. The documents are broken down into work items (foundation, data, API, each
/// requirement, each integration, performance, observability, security, deployment, documentation), estimated from
/// what they contain, laid out in weeks of the team's capacity from the start date and grouped into phases; the
/// narrative sections explain the result. Deterministic: the same input gives the same plan.
/// </summary>
public sealed class Planner
{
    public ImplementationPlan Build(DocumentSet documents, Questionnaire questionnaire, AnswerSet answers, PlanningOptions options)
    {
        var planAnswers = new PlanAnswers(questionnaire, answers, options.Today);
        var inputs = PlanInputs.From(documents, planAnswers);
        var capacity = Capacity.From(planAnswers, options);
        var timeline = Timeline.From(planAnswers, options.Today);
        var breakdown = Breakdown.Build(inputs, planAnswers, capacity.WeeklyHours, StatedEffort.Of(planAnswers, capacity.WeeklyHours));
        var allocation = PhaseAllocator.Allocate(breakdown.Work, capacity.WeeklyHours, timeline);
        var fit = allocation.Fits ? null : Fit.Find(breakdown.Work, capacity.WeeklyHours, timeline);
        var schedule = Schedule.Lay(allocation);
        var context = new PlanContext(inputs, planAnswers, capacity, timeline, breakdown, schedule, fit, options.PhaseNames);

        var document = DocumentWriter.Write(context);
        var summary = OverviewWriter.Summary(context);
        var philosophy = OverviewWriter.Philosophy(context);
        var successCriteria = OverviewWriter.SuccessCriteria(context);
        var crossPhase = PracticeWriter.CrossPhase(context);
        var standards = PracticeWriter.Standards(context);
        var technicalRisks = RiskWriter.Technical(context);
        var projectRisks = RiskWriter.Project(context);
        var metrics = PracticeWriter.SuccessMetrics(context, document);
        var deployment = PracticeWriter.Deployment(context);
        var handover = PracticeWriter.Handover(context);
        var traceability = TraceabilityWriter.Rows(context, document);

        return new ImplementationPlan(
            document,
            summary,
            philosophy,
            successCriteria,
            crossPhase,
            standards,
            technicalRisks,
            projectRisks,
            metrics,
            deployment,
            handover,
            RecordWriter.Assumptions(context),
            RecordWriter.Decisions(context),
            traceability);
    }
}
