using PlanBot.Core.Documents;

namespace PlanBot.Core.Planning.Work;

/// <summary>
/// A requirement and the lines its block spans (up to the next requirement or the next top-level section), so a
/// performance target written inside it is proven where the requirement is delivered.
/// </summary>
internal sealed record RequirementBlock(Requirement Requirement, DocumentKind Document, int EndLine)
{
    public string Id => Requirement.Id;

    public string Where => Source.Describe(Document, Requirement.Line);

    public bool Contains(DocumentKind document, int line) => document == Document && line >= Requirement.Line && line < EndLine;
}
