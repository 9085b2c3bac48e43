namespace PlanBot.Core.Planning.Work;

/// <summary>
/// The integration work: <see cref="Foundation"/> for phase 1 (data stores, authentication, prototypes of the risky
/// ones) and <see cref="Later"/> for phase 2 (the other integrations that no feature builds itself).
/// </summary>
internal sealed record IntegrationWork(IReadOnlyList<WorkItem> Foundation, IReadOnlyList<WorkItem> Later, IReadOnlyList<IntegrationPlan> Plans);
