namespace PlanBot.Core.Scoping.Answers;

/// <summary>A list answer, or the keys of the ticked choices of a multiple-choice question.</summary>
public sealed record ListValue(ValueList<string> Items) : AnswerValue
{
    public override string Display => Items.Count == 0 ? "none" : string.Join(", ", Items);
}
