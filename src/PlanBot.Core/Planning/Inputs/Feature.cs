using PlanBot.Core.Documents;
using PlanBot.Core.Planning.Work;
using PlanBot.Core.Planning.Writing;
using PlanBot.Core.Text;

namespace PlanBot.Core.Planning.Inputs;

/// <summary>
/// Something users get: a functional requirement (<see cref="Requirement"/>), or a user story when the PRD has no
/// requirements. <see cref="Key"/> keys its work item; <see cref="Name"/> is what its week traces: the document's id,
/// or the short title of what has none. <see cref="Id"/> is the document's id, null when it gives none.
/// </summary>
internal sealed record Feature(
    string Key,
    string? Id,
    string Name,
    string Title,
    IReadOnlyList<Sourced<AcceptanceCriterion>> Criteria,
    RequirementScope Scope,
    Priority Priority,
    string Where,
    RequirementBlock? Requirement)
{
    public IReadOnlyList<string> TitleStems { get; } = Words.Stems(Title);

    public IReadOnlyList<string> CriteriaStems { get; } = Words.Stems(string.Join(' ', Criteria.Select(c => c.Value.Text)));

    /// <summary>"FR-001: Import statements"; without an id, the requirement's title or "the story: As a …".</summary>
    public string Described => Id is not null ? (Title.Length == 0 ? Id : $"{Id}: {Title}") : Requirement is null ? $"the story: {Title}" : Title;

    /// <summary>How tasks and criteria name it: the id, or its title's first clause ("Preferences", not a cut title).</summary>
    public string Mention => Id ?? WeekTitles.Head(Title);

    /// <summary>One of its criteria as the documents state it, with its own id and its line: "FR-001: Files up to 50 MB (PRD line 79)".</summary>
    public string Stated(Sourced<AcceptanceCriterion> criterion) => Prefixed(CriterionText.Of(criterion));

    /// <summary>A text about this feature, led by its id where it has one.</summary>
    public string Prefixed(string text) => Id is null ? text : $"{Id}: {text}";
}
