namespace PlanBot.Core.Documents;

/// <summary>
/// A phase or milestone the documents propose ("Phase 1 — App Shell (2 weeks): NSPanel-based command bar, …"), with
/// <see cref="Work"/>, what the documents say it does: the text after its name, or the items under its heading.
/// </summary>
public sealed record SuggestedPhase(string Name, int? Weeks, int Line, string Work = "");
