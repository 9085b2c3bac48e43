namespace PlanBot.Core.Scoping.Answers;

/// <summary>Weekly hours: "30 hours per person" (per person) or "120h/week" (the whole team).</summary>
public sealed record HoursValue(decimal Hours, HoursBasis Basis) : AnswerValue
{
    public override string Display => Basis == HoursBasis.PerPerson
        ? $"{Hours.ToString(System.Globalization.CultureInfo.InvariantCulture)} h/week per person"
        : $"{Hours.ToString(System.Globalization.CultureInfo.InvariantCulture)} h/week for the team";
}
