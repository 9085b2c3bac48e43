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

    /// <summary>What a phase the documents propose says it does, when no requirement or other item falls into it.</summary>
    PhaseWork,
}
