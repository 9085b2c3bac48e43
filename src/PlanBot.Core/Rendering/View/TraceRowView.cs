namespace PlanBot.Core.Rendering.View;

/// <summary>A traceability row; <see cref="DeliveredIn"/> is "Week 3, Week 4" or, when not planned, why.</summary>
public sealed record TraceRowView(string Kind, string Item, string Description, string Source, string Scope, bool Planned, string DeliveredIn);
