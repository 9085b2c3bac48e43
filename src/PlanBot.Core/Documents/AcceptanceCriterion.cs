namespace PlanBot.Core.Documents;

/// <summary>
/// An acceptance criterion as the document states it, with its line, its own id when it has one (<c>AC-01</c>), and
/// what it belongs to: <see cref="Owner"/> is the key of a requirement, the id of a user story, or null for a
/// criterion the document states on its own (a criteria section that names neither).
/// </summary>
public sealed record AcceptanceCriterion(string Text, int Line, string? Id, string? Owner);
