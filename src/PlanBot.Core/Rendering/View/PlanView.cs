namespace PlanBot.Core.Rendering.View;

/// <summary>
/// What a plan template sees as <c>plan</c>: every text already escaped for Markdown (document text cannot mention
/// people, close issues or break a table), every number and date already formatted, no null anywhere (an absent
/// value is an empty string or list, with a <c>has_…</c> flag). Templates use snake_case names: <c>plan.summary.start</c>.
/// </summary>
public sealed record PlanView(
    string Title,
    SummaryView Summary,
    IReadOnlyList<PointView> Philosophy,
    IReadOnlyList<PointView> SuccessCriteria,
    IReadOnlyList<PhaseView> Phases,
    IReadOnlyList<TopicView> CrossPhase,
    IReadOnlyList<TopicView> DevelopmentStandards,
    IReadOnlyList<RiskView> TechnicalRisks,
    IReadOnlyList<RiskView> ProjectRisks,
    IReadOnlyList<TopicView> SuccessMetrics,
    IReadOnlyList<TopicView> DeploymentStrategy,
    IReadOnlyList<TopicView> Handover,
    IReadOnlyList<AssumptionView> Assumptions,
    IReadOnlyList<DecisionView> Decisions,
    IReadOnlyList<TraceRowView> Requirements,
    IReadOnlyList<TraceRowView> DocumentItems,
    GanttView Gantt);
