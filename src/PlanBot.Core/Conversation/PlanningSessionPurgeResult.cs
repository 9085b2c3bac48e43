namespace PlanBot.Core.Conversation;

public sealed record PlanningSessionPurgeResult(int Sessions, int Decisions);
