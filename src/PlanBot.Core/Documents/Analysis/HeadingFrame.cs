namespace PlanBot.Core.Documents.Analysis;

/// <summary>
/// What the current heading says about the text under it: its role (own or inherited), whether it holds
/// requirements and of which kind, a priority it gives (<c>### Must Have</c>), whether it lists in- or out-of-scope
/// items, document metadata or integrations by name.
/// </summary>
internal sealed record HeadingFrame(
    int Level,
    int Line,
    string Words,
    SectionRole Role,
    RequirementKind? RequirementKind,
    Priority Priority,
    bool? InScope,
    bool IsMetadata,
    bool NamesIntegrations,
    bool IsPhase)
{
    public static HeadingFrame Document { get; } = new(0, 0, string.Empty, SectionRole.Unknown, null, Priority.Unspecified, null, false, false, false);
}
