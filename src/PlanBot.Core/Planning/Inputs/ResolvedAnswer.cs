using PlanBot.Core.Scoping;
using PlanBot.Core.Scoping.Answers;

namespace PlanBot.Core.Planning.Inputs;

/// <summary>
/// The value the plan uses for one question: somebody's <see cref="Answer"/>, or the question's default
/// (<see cref="IsDefault"/>; <see cref="Answer"/> is set when someone explicitly accepted it).
/// </summary>
internal sealed record ResolvedAnswer(Question Question, AnswerValue? Value, Answer? Answer)
{
    public bool IsDefault => Answer is null || Answer.Source == AnswerSource.Default;

    public string Display => Value?.Display ?? Question.Default ?? "none";
}
