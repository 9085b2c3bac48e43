namespace PlanBot.Core.Documents;

public enum FindingSeverity
{
    Info,
    Warning,
}
