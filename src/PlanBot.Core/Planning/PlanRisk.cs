namespace PlanBot.Core.Planning;

/// <summary>A row of a risk table. <see cref="Source"/> says where the risk comes from ("PRD line 90", an answer, the schedule).</summary>
public sealed record PlanRisk(string Risk, RiskLevel Probability, RiskLevel Impact, string Mitigation, string Source);
