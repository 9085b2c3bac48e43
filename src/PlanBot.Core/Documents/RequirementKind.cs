namespace PlanBot.Core.Documents;

public enum RequirementKind
{
    Functional,
    NonFunctional,
}
