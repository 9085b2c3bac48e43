namespace PlanBot.Core.Rendering.View;

public sealed record SummaryView(
    string Product,
    string Start,
    string End,
    int Weeks,
    int Phases,
    string Team,
    int TeamSize,
    string Capacity,
    string Effort,
    string Complexity,
    string ComplexityReason,
    string BusinessValue,
    bool HasDeadline,
    string Deadline,
    bool DeadlineMet,
    bool HasOverflow,
    string OverflowHours,
    IReadOnlyList<string> Milestones);
