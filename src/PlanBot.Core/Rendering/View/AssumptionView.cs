namespace PlanBot.Core.Rendering.View;

public sealed record AssumptionView(string Topic, string Value, string Basis, string Effect);
