namespace PlanBot.Core.Scoping;

/// <summary>The five categories of the plan standard's scoping step, in the order they are asked.</summary>
public enum QuestionCategory
{
    TeamAndResources,
    TimelineAndPriorities,
    RiskAssessment,
    QualityAndTesting,
    DeploymentAndOperations,
}
