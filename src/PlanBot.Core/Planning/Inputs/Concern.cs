namespace PlanBot.Core.Planning.Inputs;

/// <summary>The cross-cutting work a non-functional requirement belongs to.</summary>
internal enum Concern
{
    Performance,
    Availability,
    Security,
    Observability,
    Other,
}
