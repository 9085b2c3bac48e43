namespace PlanBot.Core.Scoping.Answers;

public sealed record TextValue(string Text) : AnswerValue
{
    public override string Display => Text;
}
