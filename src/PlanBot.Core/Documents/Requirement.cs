using PlanBot.Core.Documents.Analysis;

namespace PlanBot.Core.Documents;

/// <summary>
/// A requirement. <see cref="Id"/> is the id the document gives it, as written (FR-001, US-01, PPL-01,
/// "Requirement 3"), or null when it gives none. <see cref="Key"/> is what answers, traces and issues are keyed by:
/// the id when there is one, otherwise a slug of the title (<see cref="TitleKeys"/>), which survives lines added or
/// removed elsewhere in the document. A key is never shown to people as if the document had written it.
/// </summary>
public sealed record Requirement(
    string? Id,
    string Title,
    RequirementKind Kind,
    Priority Priority,
    int Line,
    ValueList<string> AcceptanceCriteria)
{
    public string Key { get; init; } = Id?.Trim() ?? TitleKeys.Slug(Title);

    public bool HasExplicitId => Id is not null;

    /// <summary>The requirements the document says this one waits for (a "Depends on" column), as comparison keys (FR-3 for FR-003).</summary>
    public ValueList<string> DependsOn { get; init; } = ValueList<string>.Empty;

    /// <summary>What the document says of it beside its title and criteria: a requirements table's notes ("Per ZIMRA bands").</summary>
    public string Details { get; init; } = string.Empty;
}
