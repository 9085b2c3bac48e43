namespace PlanBot.Core.Documents;

/// <summary>What a stated fact answers: the scoping question it is the default of.</summary>
public enum FactKind
{
    TeamSize,
    StartDate,
    Deadline,
    DeploymentStrategy,

    /// <summary>The effort the documents estimate for the whole work ("3 working days", "Estimate: ~2 weeks"): "3 days", "2 weeks".</summary>
    Effort,
}
