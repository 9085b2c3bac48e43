namespace PlanBot.Core.Documents.Analysis;

/// <summary>
/// The plain text of one Markdown leaf (a paragraph, list item, heading or table cell): inline markup removed,
/// soft and hard line breaks joined with a space, and enough bookkeeping to map any offset back to its source line.
/// </summary>
internal sealed class TextUnit
{
    private readonly int[] lineStarts;

    // Null for a unit on one line (most of them): its line is Line, and no array is made for it.
    private readonly int[]? lineNumbers;
    private readonly (int Start, int End)[] strong;
    private string? lead;

    /// <param name="lineNumbers">The line of each start in <paramref name="lineStarts"/>; null when the unit is on <paramref name="line"/> alone.</param>
    public TextUnit(string text, int line, int[] lineStarts, int[]? lineNumbers, (int Start, int End)[] strong, bool? isChecked)
    {
        Text = text;
        Line = line;
        this.lineStarts = lineStarts;
        this.lineNumbers = lineNumbers;
        this.strong = strong;
        IsChecked = isChecked;
    }

    public string Text { get; }

    /// <summary>1-based line of the first character.</summary>
    public int Line { get; }

    /// <summary>Whether the unit is a task-list item (<c>- [ ]</c>/<c>- [x]</c>), and ticked; null when it is not a task.</summary>
    public bool? IsChecked { get; }

    public bool IsEmpty => Text.Length == 0;

    /// <summary>The bold text the unit starts with (<c>**FR-2:**</c>, <c>**Version:**</c>), or null.</summary>
    // Computed once: the reader asks for the lead many times per paragraph, and each slice was a new string.
    public string? Lead => strong.Length > 0 && strong[0].Start == 0 ? lead ??= Text[..strong[0].End] : null;

    /// <summary>The text after <see cref="Lead"/> (the whole text when there is no lead).</summary>
    public string AfterLead => Lead is { } lead ? Text[lead.Length..] : Text;

    /// <summary>The 1-based source line of the character at <paramref name="offset"/>.</summary>
    public int LineAt(int offset)
    {
        if (lineNumbers is null)
        {
            return Line;
        }

        var index = Array.BinarySearch(lineStarts, offset);
        return lineNumbers[index >= 0 ? index : Math.Max(0, ~index - 1)];
    }

    /// <summary>Each source line of the unit: its text and 1-based line number.</summary>
    public IEnumerable<SourceLine> SourceLines()
    {
        for (var i = 0; i < lineStarts.Length; i++)
        {
            // Trailing blanks are trimmed after line starts are recorded, so a start may lie past the end of the text.
            var end = Math.Min(i + 1 < lineStarts.Length ? lineStarts[i + 1] : Text.Length, Text.Length);
            var start = Math.Min(lineStarts[i], end);
            yield return new SourceLine(Text[start..end].Trim(), lineNumbers?[i] ?? Line, start, end);
        }
    }

    /// <summary>The bold spans that start inside [<paramref name="start"/>, <paramref name="end"/>).</summary>
    public IEnumerable<(int Start, int End)> StrongSpans(int start, int end) =>
        strong.Where(span => span.Start >= start && span.Start < end);
}
