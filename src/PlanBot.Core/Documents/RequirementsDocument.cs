using System.Text.Json.Serialization;

namespace PlanBot.Core.Documents;

/// <summary>
/// Everything the analyser extracted from one PRD or TRD. Every item carries its 1-based source line.
/// <see cref="Criteria"/> holds every acceptance criterion the document states, each once, with what it belongs to
/// (a requirement's <see cref="Requirement.AcceptanceCriteria"/> are the texts of those it owns).
/// <see cref="Stack"/> is the languages, frameworks and hosting the stack sections name. <see cref="Constraints"/> are the sentences that exclude a system; <see cref="Integrations"/> holds only systems
/// the document uses. <see cref="NotFound"/> names what the analyser looked for and could not find.
/// </summary>
public sealed record RequirementsDocument(
    DocumentKind Kind,
    string Title,
    IReadOnlyDictionary<string, string> Metadata,
    ValueList<DocumentSection> Sections,
    ValueList<Requirement> Requirements,
    ValueList<AcceptanceCriterion> Criteria,
    ValueList<UserStory> Stories,
    ValueList<ApiEndpoint> Endpoints,
    ValueList<DataEntity> Entities,
    ValueList<Integration> Integrations,
    ValueList<Technology> Stack,
    ValueList<PerformanceTarget> PerformanceTargets,
    ValueList<DocumentItem> Risks,
    ValueList<DocumentItem> SuccessCriteria,
    ValueList<SuggestedPhase> Phases,
    ValueList<Constraint> Constraints,
    ValueList<string> NotFound)
{
    /// <summary>The phrases that show what kind of project the document plans, the first of each kind.</summary>
    public ValueList<ProjectSignal> Signals { get; init; } = ValueList<ProjectSignal>.Empty;

    /// <summary>What the document states that a scoping question asks (team size, dates, deployment strategy), each with its line.</summary>
    public ValueList<StatedFact> Facts { get; init; } = ValueList<StatedFact>.Empty;

    /// <summary>The entries of its out-of-scope, non-goals and later sections: what the document leaves out of the work.</summary>
    public ValueList<DocumentItem> OutOfScope { get; init; } = ValueList<DocumentItem>.Empty;

    /// <summary>The lines that name something to build in code (functions, tables, files, keys), each with its section.</summary>
    public ValueList<DocumentPiece> Pieces { get; init; } = ValueList<DocumentPiece>.Empty;

    /// <summary>
    /// The lines of prose, lists and tables that say what to build without naming it in code ("Worker engine with retry,
    /// backoff, and dead-letter queue"): what a requirement the document names nothing for is checked against. Most
    /// of the document, so left out of the analysis a person reads.
    /// </summary>
    [JsonIgnore]
    public ValueList<DocumentPiece> Statements { get; init; } = ValueList<DocumentPiece>.Empty;
}
