namespace PlanBot.Core.Planning;

/// <summary>
/// Something the plan takes for granted: a question's default (nobody answered, or someone accepted the default),
/// or a rule of the planner itself. <see cref="Basis"/> says which; <see cref="Effect"/> says what it changed.
/// </summary>
public sealed record PlanAssumption(string Topic, string Value, string Basis, string Effect);
