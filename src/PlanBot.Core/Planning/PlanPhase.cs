namespace PlanBot.Core.Planning;

/// <summary>A phase of the plan (a GitHub milestone once published).</summary>
public sealed record PlanPhase(
    int Number,
    string Name,
    string Goal,
    DateOnly Start,
    DateOnly Due,
    ValueList<PlanWeek> Weeks,
    ValueList<Checkbox> AcceptanceCriteria);
