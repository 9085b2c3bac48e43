namespace PlanBot.Core.Scoping.Answers;

public enum HoursBasis
{
    PerPerson,
    PerTeam,
}
