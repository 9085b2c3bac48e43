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

    /// <summary>Its criteria in the order read, each once (by text); <see cref="AcceptanceCriterion.Owner"/> is set when the document is built.</summary>
    public List<AcceptanceCriterion> Criteria { get; } = [];

    /// <summary>Keys of the user stories this requirement traces to (a "User Story" cell): their criteria become its criteria.</summary>
    public List<string> StoryKeys { get; } = [];

    public void AddCriterion(string text, int line, string? id = null)
    {
        var criterion = text.Trim();
        if (criterion.Length > 0 && !Criteria.Exists(c => string.Equals(c.Text, criterion, StringComparison.Ordinal)))
        {
            Criteria.Add(new AcceptanceCriterion(criterion, line, id, null));
        }
    }

    /// <summary>The ids a "Depends on" or "Blocked by" column names.</summary>
    public List<string> DependsOn { get; } = [];

    /// <summary>What the document says of it beside its title and criteria (a table's notes cells).</summary>
    public string Details { get; set; } = string.Empty;

    public Requirement ToRequirement() => new(Id, Title, Kind, Priority, Line, Criteria.Select(c => c.Text).ToValueList()) { DependsOn = DependsOn.ToValueList(), Details = Details };
}
