namespace PlanBot.Core.Documents.Analysis;

/// <summary>A body row of a <see cref="TableView"/>: its cells and 1-based line.</summary>
internal sealed record TableRowView(TextUnit[] Cells, int Line)
{
    public string Cell(int column) => column >= 0 && column < Cells.Length ? Cells[column].Text.Trim() : string.Empty;
}
