namespace PlanBot.Core.Rendering.View;

public sealed record RiskView(string Risk, string Probability, string Impact, string Mitigation, string Source);
