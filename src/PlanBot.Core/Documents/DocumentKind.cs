namespace PlanBot.Core.Documents;

public enum DocumentKind
{
    Prd,
    Trd,
}
