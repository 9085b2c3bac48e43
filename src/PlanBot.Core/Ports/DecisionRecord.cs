namespace PlanBot.Core.Ports;

/// <summary>One entry of the decision log: what was decided about <paramref name="Subject"/>, by whom and when.</summary>
public sealed record DecisionRecord(SessionKey Key, DecisionKind Kind, string Subject, string Value, string Actor, DateTimeOffset At);
