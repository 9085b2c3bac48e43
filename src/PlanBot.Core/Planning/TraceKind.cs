namespace PlanBot.Core.Planning;

public enum TraceKind
{
    Requirement,
    Endpoint,
    Table,
    Integration,
    PerformanceTarget,
    UserStory,
    AcceptanceCriterion,
}
