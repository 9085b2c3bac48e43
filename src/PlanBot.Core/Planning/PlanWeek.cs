namespace PlanBot.Core.Planning;

/// <summary>
/// One week of work. <see cref="Number"/> counts across the whole plan (Week 1 … Week N), so it is stable
/// as an issue key. <see cref="Traces"/> are what of the documents the week delivers (requirement ids,
/// endpoints, tables, integrations). <see cref="Reasons"/> say why the work the documents do not list as a
/// requirement starts this week ("Performance and load testing, because TRD line 88 says “p99 &lt; 50 ms”").
/// <see cref="Needs"/> are the work of earlier weeks that the work starting this week waits for ("week 2: Shorten a link").
/// </summary>
public sealed record PlanWeek(
    int Number,
    string Title,
    DateOnly Start,
    DateOnly Due,
    ValueList<string> Tasks,
    ValueList<Checkbox> Deliverables,
    ValueList<DemoScenario> Demos,
    ValueList<Checkbox> AcceptanceCriteria,
    ValueList<string> Traces)
{
    public ValueList<string> Reasons { get; init; } = ValueList<string>.Empty;

    public ValueList<string> Needs { get; init; } = ValueList<string>.Empty;
}
