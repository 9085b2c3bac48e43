namespace PlanBot.Core.Documents.Analysis;

/// <summary>A requirement while the document is being read: acceptance criteria and priority arrive after its title.</summary>
internal sealed class RequirementDraft(string? id, string title, RequirementKind kind, Priority priority, int line, DraftOrigin origin)
{
    private string? key;

    public string? Id { get; } = id;

    /// <summary>The id's key (<see cref="RequirementIds.Key(string)"/>), made once: criteria are linked and duplicates dropped by it.</summary>
    public string? Key => Id is null ? null : key ??= RequirementIds.Key(Id);

    public string Title { get; set; } = title;

    public RequirementKind Kind { get; } = kind;

    public Priority Priority { get; set; } = priority;

    public int Line { get; } = line;

    public DraftOrigin Origin { get; } = origin;

    public List<string> AcceptanceCriteria { get; } = [];

    /// <summary>Keys of the user stories this requirement traces to (a "User Story" cell): their criteria become its criteria.</summary>
    public List<string> StoryKeys { get; } = [];

    public void AddCriterion(string text)
    {
        var criterion = text.Trim();
        if (criterion.Length > 0 && !AcceptanceCriteria.Contains(criterion, StringComparer.Ordinal))
        {
            AcceptanceCriteria.Add(criterion);
        }
    }

    public Requirement ToRequirement() => new(Id, Title, Kind, Priority, Line, AcceptanceCriteria.ToValueList());
}
