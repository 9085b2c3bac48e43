namespace PlanBot.Core.Scoping.Answers;

/// <summary>"12 weeks", "3 months" (= 13 weeks), "45 days": normalised to days.</summary>
public sealed record DurationValue(int Days) : AnswerValue
{
    public int Weeks => (Days + 6) / 7;

    public override string Display => Days % 7 == 0 ? $"{Days / 7} weeks" : $"{Days} days";
}
