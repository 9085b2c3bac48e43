namespace PlanBot.Core.Documents;

/// <summary>A language, framework or hosting platform of the stack the TRD states, by its canonical name, with its first line.</summary>
public sealed record Technology(string Name, TechnologyKind Kind, int Line);
