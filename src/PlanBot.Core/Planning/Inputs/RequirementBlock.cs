using PlanBot.Core.Documents;
using PlanBot.Core.Planning.Writing;

namespace PlanBot.Core.Planning.Inputs;

/// <summary>
/// A requirement and the lines its block spans (up to the next requirement or the next top-level section), so a
/// performance target written inside it is proven where the requirement is delivered. <see cref="Key"/> is unique in
/// the plan (answers, work items and traces are keyed by it); <see cref="Name"/> is how the plan names it: the
/// document's id, or the short title of a requirement written without one, never a made-up id. <see cref="Criteria"/>
/// are the acceptance criteria the documents give it, each with its line.
/// </summary>
internal sealed record RequirementBlock(Requirement Requirement, DocumentKind Document, int EndLine, string Key, string Name, IReadOnlyList<Sourced<AcceptanceCriterion>> Criteria)
{
    public string Where => Source.Describe(Document, Requirement.Line);

    /// <summary>How prose names it: the id, or the short title (which, unlike <see cref="Name"/>, keeps its commas).</summary>
    public string Mention => Requirement.Id?.Trim() ?? RequirementNames.Short(Requirement.Title);

    public bool Contains(DocumentKind document, int line) => document == Document && line >= Requirement.Line && line < EndLine;

    /// <summary>
    /// A text about this requirement, led by its id where it has one ("FR-001: files up to 50 MB"; the week's title names
    /// the others), unless the text already starts with it (a target quoted from the requirement's own line).
    /// </summary>
    public string Prefixed(string text) =>
        Requirement.Id is { } id && !text.StartsWith(id.Trim(), StringComparison.OrdinalIgnoreCase) ? $"{id.Trim()}: {text}" : text;
}
