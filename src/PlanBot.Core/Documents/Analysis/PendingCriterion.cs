namespace PlanBot.Core.Documents.Analysis;

/// <summary>A row of an acceptance-criteria table, linked at the end to the requirements it names (or the one it sits under).</summary>
internal sealed record PendingCriterion(string Text, IReadOnlyList<string> Keys, RequirementDraft? Under);
