using PlanBot.Core.Planning.Inputs;
using PlanBot.Core.Scoping;
using PlanBot.Core.Scoping.Answers;

namespace PlanBot.Core.Planning.Scheduling;

/// <summary>
/// The team's weekly hours: head count × hours per person (or the team's total when the answer was "120h/week").
/// Every stated hour counts as development time; the plan says so in its assumptions.
/// </summary>
internal sealed record Capacity(int TeamSize, decimal HoursPerPerson, decimal WeeklyHours, string Team)
{
    private const int DefaultTeamSize = 3;
    private const decimal DefaultHours = 30;
    private const int MaxTeamSize = 1000;
    private const decimal MaxHoursPerPerson = 168;

    public static Capacity From(PlanAnswers answers, PlanningOptions options)
    {
        var team = answers.Get<TeamValue>(QuestionIds.TeamSize);
        var size = Math.Clamp(team?.Size ?? DefaultTeamSize, 1, MaxTeamSize);
        var hoursAnswer = answers.Resolve(QuestionIds.TeamHoursPerWeek);
        var hours = hoursAnswer?.Value as HoursValue;
        if (hoursAnswer?.Answer is null && options.HoursPerPersonPerWeek is > 0 and var configured)
        {
            hours = new HoursValue(configured, HoursBasis.PerPerson);
        }

        var perPerson = hours switch
        {
            { Basis: HoursBasis.PerTeam } => hours.Hours / size,
            { } => hours.Hours,
            null => DefaultHours,
        };
        perPerson = Math.Clamp(perPerson, 1m, MaxHoursPerPerson);
        var weekly = perPerson * size;
        var display = (team ?? new TeamValue(size, ValueList<TeamRole>.Empty)).Display;
        var capacity = new Capacity(size, perPerson, weekly, display);
        return capacity;
    }
}
