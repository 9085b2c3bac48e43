namespace PlanBot.Core.Conversation;

/// <summary>Rows deleted: sessions, decision records, and publication rows (publications, run checkpoints, bursts).</summary>
public sealed record PlanningSessionPurgeResult(int Sessions, int Decisions, int Tracking);
