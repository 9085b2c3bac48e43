namespace PlanBot.Core.Documents;

/// <summary>What a stated fact answers: the scoping question it is the default of.</summary>
public enum FactKind
{
    TeamSize,
    StartDate,
    Deadline,
    DeploymentStrategy,
}
