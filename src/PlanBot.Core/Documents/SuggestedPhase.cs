namespace PlanBot.Core.Documents;

/// <summary>A phase or milestone the documents propose ("Phase 1 — App Shell (2 weeks)").</summary>
public sealed record SuggestedPhase(string Name, int? Weeks, int Line);
