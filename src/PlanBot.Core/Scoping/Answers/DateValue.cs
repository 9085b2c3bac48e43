namespace PlanBot.Core.Scoping.Answers;

public sealed record DateValue(DateOnly Date) : AnswerValue
{
    public override string Display => Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
