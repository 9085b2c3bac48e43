namespace PlanBot.Core.Documents.Analysis;

/// <summary>Where a requirement came from, which decides whether it is kept (see <see cref="ItemCollector"/>).</summary>
internal enum DraftOrigin
{
    /// <summary>Written with a requirement id (FR-001, NFR-1, PPL-01, Requirement 3).</summary>
    Explicit,

    /// <summary>An id-less bullet of a requirements section.</summary>
    Bullet,

    /// <summary>A user story; a requirement only when the document has no functional requirement of its own.</summary>
    Story,

    /// <summary>An in-scope or MVP bullet; a requirement only when there is nothing better.</summary>
    Scope,
}
