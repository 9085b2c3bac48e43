namespace PlanBot.Core.Rendering.View;

public sealed record PhaseView(
    int Number,
    string Name,
    string Goal,
    string Start,
    string Due,
    IReadOnlyList<WeekView> Weeks,
    IReadOnlyList<CheckboxView> AcceptanceCriteria);
