namespace PlanBot.Core.Rendering.View;

/// <summary>
/// A week. <see cref="Delivers"/> is the comma-separated Markdown of <see cref="Traces"/> (endpoints and tables as
/// code); <see cref="Reasons"/> say what asked for the work that is not a requirement; <see cref="Needs"/> what of
/// earlier weeks its work waits for.
/// </summary>
public sealed record WeekView(
    int Number,
    string Title,
    string Start,
    string Due,
    string Delivers,
    IReadOnlyList<string> Traces,
    IReadOnlyList<string> Reasons,
    IReadOnlyList<string> Needs,
    IReadOnlyList<string> Tasks,
    IReadOnlyList<CheckboxView> Deliverables,
    IReadOnlyList<DemoView> Demos,
    IReadOnlyList<CheckboxView> AcceptanceCriteria);
