using PlanBot.Core.Documents;
using PlanBot.Core.Planning.Inputs;

namespace PlanBot.Core.Planning.Work;

/// <summary>
/// How a week quotes a criterion of the documents: exactly as written (a performance target inside it stays findable),
/// with its own id and where it is written.
/// </summary>
internal static class CriterionText
{
    /// <summary>"AC-01 — Emit returns an error without a tenant (PRD line 97)", or without the id when it has none.</summary>
    public static string Of(Sourced<AcceptanceCriterion> criterion) =>
        $"{(criterion.Value.Id is { } id ? $"{id.Trim()} — " : string.Empty)}{criterion.Value.Text.Trim()} ({criterion.Where})";
}
