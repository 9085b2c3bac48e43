namespace PlanBot.Core.Documents;

/// <summary>
/// Something a document states that a scoping question asks ("Team size: 2", "blue-green deployment"):
/// <see cref="Value"/> is the answer as a person would type it, <see cref="Evidence"/> the line it is read from.
/// </summary>
public sealed record StatedFact(FactKind Kind, string Value, int Line, string Evidence);
