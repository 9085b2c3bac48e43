namespace PlanBot.Core.Scoping.Answers;

/// <summary>The answers so far, one per question (the latest wins), ordered by question id.</summary>
public sealed record AnswerSet(ValueList<Answer> Answers)
{
    public static AnswerSet Empty { get; } = new(ValueList<Answer>.Empty);

    public Answer? Find(string questionId) =>
        Answers.FirstOrDefault(a => string.Equals(a.QuestionId, questionId, StringComparison.OrdinalIgnoreCase));

    public T? Get<T>(string questionId)
        where T : AnswerValue => Find(questionId)?.Value as T;

    public AnswerSet With(Answer answer) =>
        new(Answers.Where(a => !string.Equals(a.QuestionId, answer.QuestionId, StringComparison.OrdinalIgnoreCase))
            .Append(answer)
            .OrderBy(a => a.QuestionId, StringComparer.Ordinal)
            .ToValueList());

    public AnswerSet Without(string questionId) =>
        new(Answers.Where(a => !string.Equals(a.QuestionId, questionId, StringComparison.OrdinalIgnoreCase)).ToValueList());
}
