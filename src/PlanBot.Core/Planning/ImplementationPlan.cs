namespace PlanBot.Core.Planning;

/// <summary>
/// The whole generated plan: the trackable <see cref="Document"/> (phases, weeks, checkboxes: what publishing and
/// the round-trip parser use) plus the narrative sections of the plan standard. Every string is plain text; the
/// renderer escapes it.
/// </summary>
public sealed record ImplementationPlan(
    PlanDocument Document,
    PlanSummary Summary,
    ValueList<PlanPoint> Philosophy,
    ValueList<PlanPoint> SuccessCriteria,
    ValueList<PlanTopic> CrossPhase,
    ValueList<PlanTopic> DevelopmentStandards,
    ValueList<PlanRisk> TechnicalRisks,
    ValueList<PlanRisk> ProjectRisks,
    ValueList<PlanTopic> SuccessMetrics,
    ValueList<PlanTopic> DeploymentStrategy,
    ValueList<PlanTopic> Handover,
    ValueList<PlanAssumption> Assumptions,
    ValueList<PlanDecision> Decisions,
    ValueList<TraceabilityRow> Traceability);
