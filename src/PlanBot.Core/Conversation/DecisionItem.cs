using PlanBot.Core.Ports;

namespace PlanBot.Core.Conversation;

/// <summary>An entry for the decision log.</summary>
public sealed record DecisionItem(string Id, WorkClaim Claim, DecisionRecord Decision) : OutboxItem(Id, Claim);
