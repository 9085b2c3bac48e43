namespace PlanBot.Core.Planning;

public enum RiskLevel
{
    Low,
    Medium,
    High,
}
