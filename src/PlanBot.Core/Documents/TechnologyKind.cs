namespace PlanBot.Core.Documents;

public enum TechnologyKind
{
    Language,
    Framework,
    Hosting,
}
