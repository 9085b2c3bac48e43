using PlanBot.Core.Documents;
using PlanBot.Core.Scoping;
using PlanBot.Core.Scoping.Answers;

namespace PlanBot.Core.Planning.Inputs;

/// <summary>The kind the team chose in <c>scope.kind</c> wins over the one read from the documents; its default does not.</summary>
internal static class KindAnswer
{
    public static ProjectKindDecision Apply(ProjectKindDecision read, PlanAnswers answers)
    {
        var resolved = answers.Resolve(QuestionIds.ProjectKind);
        if (resolved is null || resolved.IsDefault || resolved.Value is not ListValue { Items: [var key] } || ProjectKindChoices.Kind(key) is not { } kind)
        {
            return read;
        }

        return kind == read.Kind ? read with { Answered = true } : new ProjectKindDecision(kind, null, "chosen by the team") { Answered = true };
    }
}
