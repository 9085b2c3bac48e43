namespace PlanBot.Core.Planning.Work;

/// <summary>The cross-cutting work a non-functional requirement belongs to.</summary>
internal enum Concern
{
    Performance,
    Availability,
    Security,
    Observability,
    Other,
}
