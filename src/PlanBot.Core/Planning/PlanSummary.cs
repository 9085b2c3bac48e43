namespace PlanBot.Core.Planning;

/// <summary>
/// The project summary of the overview. <see cref="OverflowHours"/> is the estimated work that does not fit the
/// standard's phase lengths at <see cref="CapacityHours"/>; <see cref="FitsDeadline"/> is false when the last week
/// ends after <see cref="Deadline"/> (null: no deadline).
/// </summary>
public sealed record PlanSummary(
    string Product,
    DateOnly Start,
    DateOnly End,
    int Weeks,
    string Team,
    int TeamSize,
    decimal CapacityHours,
    int EffortHours,
    PlanComplexity Complexity,
    string ComplexityReason,
    string BusinessValue,
    DateOnly? Deadline,
    int OverflowHours,
    bool FitsDeadline,
    ValueList<string> Milestones);
