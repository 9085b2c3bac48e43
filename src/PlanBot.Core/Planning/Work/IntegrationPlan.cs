using PlanBot.Core.Documents;
using PlanBot.Core.Planning.Inputs;

namespace PlanBot.Core.Planning.Work;

/// <summary>
/// Where an integration is built (<see cref="Item"/>) and, when it is risky, prototyped first (<see cref="Prototype"/>).
/// <see cref="Source"/> says where it comes from: a line of the documents, or the answer that named it.
/// </summary>
internal sealed record IntegrationPlan(Sourced<Integration> Integration, WorkItem Item, WorkItem? Prototype, bool Risky, string Source)
{
    public string Name => Integration.Value.Name.Trim();
}
