namespace PlanBot.Core.Documents.Analysis;

/// <summary>An id found at the start of a text: as written (<see cref="Value"/>), its kind, and how many characters it took.</summary>
internal readonly record struct RequirementId(string Value, IdKind Kind, int Length)
{
    /// <summary>Whether the id can name a requirement where the context is a requirements section or table.</summary>
    public bool CanBeRequirement(bool inRequirementContext) =>
        Kind is IdKind.Functional or IdKind.NonFunctional || (Kind == IdKind.DomainCoded && inRequirementContext);
}
