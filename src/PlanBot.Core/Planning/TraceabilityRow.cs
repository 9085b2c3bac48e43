namespace PlanBot.Core.Planning;

/// <summary>
/// One line of the traceability matrix: an item of the documents (<see cref="Item"/>: a requirement id, an endpoint,
/// a table, an integration, a performance target), where it is written, its scope and the weeks that deliver it.
/// An empty <see cref="Weeks"/> means not planned, and <see cref="Scope"/> says why.
/// </summary>
public sealed record TraceabilityRow(
    TraceKind Kind,
    string Item,
    string Description,
    string Source,
    string Scope,
    ValueList<int> Weeks);
