using PlanBot.Core.Documents;
using PlanBot.Core.Planning.Inputs;

namespace PlanBot.Core.Planning.Work;

/// <summary>
/// The integration work: <see cref="Foundation"/> for phase 1 (data stores, authentication, prototypes of the risky
/// ones) and <see cref="Later"/> for phase 2 (the other integrations that no feature builds itself); <see cref="Plans"/>
/// the parts of an <see cref="IntegrationPlan"/> the drafts make; <see cref="Risky"/> which were treated as risky.
/// </summary>
internal sealed record IntegrationWork(
    IReadOnlyList<WorkDraft> Foundation,
    IReadOnlyList<WorkDraft> Later,
    IReadOnlyList<(Sourced<Integration> Integration, WorkDraft Item, WorkDraft? Prototype, bool Risky, string Source)> Plans,
    RiskyIntegrations Risky);
