namespace PlanBot.Core.Planning;

public enum PlanComplexity
{
    Low,
    Medium,
    High,
}
