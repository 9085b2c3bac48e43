namespace PlanBot.Core.Scoping;

/// <summary>The questions tailored to one PRD/TRD pair, in asking order.</summary>
public sealed record Questionnaire(ValueList<Question> Questions)
{
    public Question? Find(string id) => Questions.FirstOrDefault(q => string.Equals(q.Id, id, StringComparison.OrdinalIgnoreCase));
}
