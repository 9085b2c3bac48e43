using PlanBot.Core.Documents;

namespace PlanBot.Core.Planning.Inputs;

/// <summary>An item of the PRD or TRD with the document it was read from, so the plan can say "PRD line 40".</summary>
internal sealed record Sourced<T>(T Value, DocumentKind Document, int Line)
{
    public string Where => Source.Describe(Document, Line);
}
