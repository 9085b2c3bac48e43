namespace PlanBot.Core.Documents;

/// <summary>
/// Everything the analyser extracted from one PRD or TRD. Every item carries its 1-based source line.
/// <see cref="NotFound"/> names what the analyser looked for and could not find.
/// </summary>
public sealed record RequirementsDocument(
    DocumentKind Kind,
    string Title,
    IReadOnlyDictionary<string, string> Metadata,
    ValueList<DocumentSection> Sections,
    ValueList<Requirement> Requirements,
    ValueList<UserStory> Stories,
    ValueList<ApiEndpoint> Endpoints,
    ValueList<DataEntity> Entities,
    ValueList<Integration> Integrations,
    ValueList<PerformanceTarget> PerformanceTargets,
    ValueList<DocumentItem> Risks,
    ValueList<DocumentItem> SuccessCriteria,
    ValueList<SuggestedPhase> Phases,
    ValueList<string> NotFound);
