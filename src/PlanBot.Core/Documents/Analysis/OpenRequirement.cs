namespace PlanBot.Core.Documents.Analysis;

/// <summary>
/// The requirement that text belongs to while it is being read: opened by a requirement heading (until a heading of
/// the same or a higher level), or by a list item or paragraph that starts with an id (until its next sibling).
/// </summary>
internal sealed class OpenRequirement(RequirementDraft draft, int headingLevel, int listDepth, string? storyId)
{
    public RequirementDraft Draft { get; } = draft;

    /// <summary>The level of the heading that opened the scope; 0 when a list item or paragraph did.</summary>
    public int HeadingLevel { get; } = headingLevel;

    /// <summary>The list depth of the item that opened the scope; -1 for a heading or a paragraph.</summary>
    public int ListDepth { get; } = listDepth;

    /// <summary>The id of a user-story heading (<c>### US-001: …</c>): the story text under it takes this id.</summary>
    public string? StoryId { get; } = storyId;

    /// <summary>Set after an "Acceptance criteria" label: the list items that follow are criteria.</summary>
    public bool AcceptsCriteria { get; set; }

    /// <summary>Set after another label ("**Success Metrics:**"): the list that follows is not criteria, even under a requirement heading.</summary>
    public bool Muted { get; set; }

    public bool IsHeadingScoped => HeadingLevel > 0;
}
