namespace PlanBot.Core.Conversation;

public enum DocumentProblemKind
{
    Missing,
    TooLarge,
}
