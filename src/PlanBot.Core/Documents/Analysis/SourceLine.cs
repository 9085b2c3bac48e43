namespace PlanBot.Core.Documents.Analysis;

/// <summary>One source line of a <see cref="TextUnit"/>: its trimmed text, 1-based line, and where it sits in the unit's text.</summary>
internal readonly record struct SourceLine(string Text, int Line, int Start, int End);
