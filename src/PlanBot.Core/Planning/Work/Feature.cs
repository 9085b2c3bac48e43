using PlanBot.Core.Documents;

namespace PlanBot.Core.Planning.Work;

/// <summary>
/// Something users get: a functional requirement, or a user story when the PRD has no requirements. <see cref="Id"/>
/// is what the week traces (a requirement id, a story id, or "story PRD line 12").
/// </summary>
internal sealed record Feature(
    string Id,
    string Title,
    IReadOnlyList<string> Criteria,
    RequirementScope Scope,
    Priority Priority,
    string Where,
    bool IsRequirement)
{
    public IReadOnlyList<string> TitleStems { get; } = Words.Stems(Title);

    public IReadOnlyList<string> CriteriaStems { get; } = Words.Stems(string.Join(' ', Criteria));
}
