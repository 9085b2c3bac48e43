namespace PlanBot.Core.Documents;

/// <summary>
/// A line of the document that names something to build in code: a function, a table or column, a file, a
/// configuration key, a topic. <see cref="Text"/> is the line as a task quotes it (list marks, tree drawing and table
/// pipes taken out); <see cref="Names"/> are the names in code it holds; <see cref="Section"/> is the heading it is
/// under; <see cref="IsCode"/> says it was read inside a code block.
/// </summary>
public sealed record DocumentPiece(string Text, ValueList<string> Names, string Section, bool IsCode, int Line);
