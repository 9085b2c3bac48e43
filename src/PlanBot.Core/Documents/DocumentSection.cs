namespace PlanBot.Core.Documents;

/// <summary>A heading of the document. <see cref="Line"/> is 1-based.</summary>
public sealed record DocumentSection(string Title, int Level, int Line, SectionRole Role);
