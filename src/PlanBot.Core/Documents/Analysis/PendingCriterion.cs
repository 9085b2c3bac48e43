namespace PlanBot.Core.Documents.Analysis;

/// <summary>
/// A criterion that names its requirement rather than sitting under it (an <c>AC-01</c> row or item): linked at the
/// end to the requirements it names, else to the one it sits under, else kept on its own.
/// </summary>
internal sealed record PendingCriterion(string Text, int Line, string? Id, IReadOnlyList<string> Keys, RequirementDraft? Under)
{
    /// <summary>The text as the plan quotes it: a titled criterion whose steps never came ("Refund before the day:") loses its colon.</summary>
    public string Stated => Text.Trim().TrimEnd(':');
}
