namespace PlanBot.Core.Planning.Reading;

/// <summary>What the list or paragraph after a bold label (or a heading with the same words) holds.</summary>
internal enum PlanLabel
{
    None,
    Goal,
    Tasks,
    Deliverables,
    Demos,
    AcceptanceCriteria,
    PhaseAcceptanceCriteria,
    Delivers,
    Why,
    Needs,
}
