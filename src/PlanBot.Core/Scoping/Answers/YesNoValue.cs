namespace PlanBot.Core.Scoping.Answers;

public sealed record YesNoValue(bool Yes, string? Detail = null) : AnswerValue
{
    public override string Display => (Yes ? "yes" : "no") + (string.IsNullOrEmpty(Detail) ? string.Empty : $" ({Detail})");
}
