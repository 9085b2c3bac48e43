namespace PlanBot.Core.Scoping.Answers;

public sealed record NumberValue(decimal Value) : AnswerValue
{
    public override string Display => Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
