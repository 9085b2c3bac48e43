using PlanBot.Core.Documents;

namespace PlanBot.Core.Planning.Work;

/// <summary>Where an integration is built (<see cref="Item"/>) and, when it is risky, prototyped first (<see cref="Prototype"/>).</summary>
internal sealed record IntegrationPlan(Sourced<Integration> Integration, WorkItem Item, WorkItem? Prototype, bool Risky)
{
    public string Name => Integration.Value.Name.Trim();
}
