namespace PlanBot.Core.Scoping;

/// <summary>
/// A checkbox option: <see cref="Key"/> is what gets stored (a requirement's key, an integration name).
/// <see cref="FormerKey"/> is the key an answer stored before requirements without ids were keyed by their titles
/// (<c>PRD-L42</c>, from the line the requirement is on now), so such an answer still finds its requirement.
/// </summary>
public sealed record QuestionChoice(string Key, string Label, bool CheckedByDefault, string? FormerKey = null);
