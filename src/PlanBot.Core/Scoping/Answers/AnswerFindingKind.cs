namespace PlanBot.Core.Scoping.Answers;

public enum AnswerFindingKind
{
    Unclear,
    Invalid,
    Contradiction,
}
