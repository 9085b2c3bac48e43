namespace PlanBot.Core.Documents;

/// <summary>A phrase of a document that shows what kind of project it plans ("A new Go package …"), with its line.</summary>
public sealed record ProjectSignal(ProjectKind Kind, int Line, string Evidence);
