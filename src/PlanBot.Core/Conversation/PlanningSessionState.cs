namespace PlanBot.Core.Conversation;

public enum PlanningSessionState
{
    WaitingForDocuments,
    Scoping,
    PlanCommitted,
    Published,
    Closed,
}
