namespace PlanBot.Core.Documents;

/// <summary>
/// A line of the document that says what to build: one that names it in code (a function, a table or column, a file,
/// a configuration key, a topic), or a statement of prose, a list or a table that names nothing in code.
/// <see cref="Text"/> is the line as a task quotes it (list marks, tree drawing and table pipes taken out);
/// <see cref="Names"/> are the names in code it holds, none for a statement; <see cref="IsCode"/> says it was read inside
/// a code block. The heading it is under is the document's section at <see cref="Line"/>.
/// </summary>
public sealed record DocumentPiece(string Text, ValueList<string> Names, bool IsCode, int Line);
