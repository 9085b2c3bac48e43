namespace PlanBot.Core.Documents;

/// <summary>
/// A requirement with its id as written (FR-001, US-01, PPL-01, "Requirement 3") or, for id-less
/// bullets, a generated id (<c>PRD-L42</c>, from the line) that stays stable while the line does.
/// </summary>
public sealed record Requirement(
    string Id,
    string Title,
    RequirementKind Kind,
    Priority Priority,
    int Line,
    ValueList<string> AcceptanceCriteria,
    bool HasExplicitId = true);
