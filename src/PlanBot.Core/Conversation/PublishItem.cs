using PlanBot.Core.Ports;

namespace PlanBot.Core.Conversation;

/// <summary>A publish to schedule (the PR carrying the plan merged, or <c>/planbot publish</c>).</summary>
public sealed record PublishItem(string Id, WorkClaim Claim, PublishRequest Request) : OutboxItem(Id, Claim);
