namespace PlanBot.Core.Scoping.Answers;

/// <summary>Turns raw text into a typed value for the question's type; <paramref name="today"/> resolves relative dates.</summary>
public sealed class AnswerNormalizer
{
    public NormalizedAnswer Normalize(Question question, string raw, DateOnly today) => throw new NotImplementedException();
}
