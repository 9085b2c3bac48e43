namespace PlanBot.Core.Planning.Work;

/// <summary>
/// The integrations treated as risky (prototyped or exercised early in phase 1), in the order they were chosen.
/// <see cref="TrimmedByDefault"/>: nobody answered, and the default ticked more than the few most mentioned kept here.
/// </summary>
internal sealed record RiskyIntegrations(IReadOnlyList<string> Names, bool TrimmedByDefault);
