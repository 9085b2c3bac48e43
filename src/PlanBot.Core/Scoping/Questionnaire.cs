using PlanBot.Core.Scoping.Answers;

namespace PlanBot.Core.Scoping;

/// <summary>The questions tailored to one PRD/TRD pair, in asking order.</summary>
public sealed record Questionnaire(ValueList<Question> Questions)
{
    public Question? Find(string id) => Questions.FirstOrDefault(q => string.Equals(q.Id, id, StringComparison.OrdinalIgnoreCase));

    /// <summary>The required questions nobody has answered yet, in asking order: the plan waits for these.</summary>
    public ValueList<Question> MissingRequired(AnswerSet answers) =>
        Questions.Where(q => q.Required && answers.Find(q.Id) is null).ToValueList();
}
