namespace PlanBot.Core.Planning.Work;

internal enum WorkKind
{
    Foundation,
    DataStore,
    Authentication,
    Prototype,
    Spikes,
    Feature,
    Api,
    Integration,
    Performance,
    Observability,
    Security,
    Deployment,
    Release,
    Documentation,
    NonFunctional,
    Launch,
}
