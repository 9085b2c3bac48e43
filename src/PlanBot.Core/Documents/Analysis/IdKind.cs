namespace PlanBot.Core.Documents.Analysis;

/// <summary>What an id's prefix says it names.</summary>
internal enum IdKind
{
    Functional,
    NonFunctional,
    Story,
    AcceptanceCriterion,

    /// <summary>A module-prefixed id (<c>PPL-01</c>, <c>QT-01</c>): a requirement where the context says so.</summary>
    DomainCoded,

    /// <summary>Risks, tasks, decisions, components, personas, metrics: never a requirement.</summary>
    Other,
}
