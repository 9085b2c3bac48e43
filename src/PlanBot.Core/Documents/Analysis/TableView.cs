using Markdig.Extensions.Tables;
using Markdig.Syntax;

namespace PlanBot.Core.Documents.Analysis;

/// <summary>A pipe table as text: the header's folded words and each body row's cells, with their lines.</summary>
internal sealed class TableView
{
    // A field, not an argument list: a params char[] would be a new array per header cell per lookup.
    private static readonly char[] HeaderDecoration = ['*', ' ', ':'];

    private readonly string[] trimmedHeader;

    private TableView(string[] header, List<TableRowView> rows, int line)
    {
        Header = header;
        // Trimmed once here, not once per lookup: columns are looked up per row.
        trimmedHeader = Array.ConvertAll(header, cell => cell.Trim(HeaderDecoration));
        Rows = rows;
        Line = line;
    }

    /// <summary>1-based line of the header row.</summary>
    public int Line { get; }

    /// <summary>Header cells, folded (lower-case, no markup); empty strings for an empty header row.</summary>
    public string[] Header { get; }

    public IReadOnlyList<TableRowView> Rows { get; }

    public static TableView Read(Table table, InlineText inline)
    {
        var header = Array.Empty<string>();
        var rows = new List<TableRowView>();
        foreach (var block in table)
        {
            if (block is not TableRow row)
            {
                continue;
            }

            var cells = Cells(row, inline);
            if (row.IsHeader && rows.Count == 0 && header.Length == 0)
            {
                header = cells.Select(cell => Folding.Fold(cell.Text).Trim()).ToArray();
            }
            else
            {
                rows.Add(new TableRowView(cells, row.Line + 1));
            }
        }

        return new TableView(header, rows, table.Line + 1);
    }

    /// <summary>The first column whose header is one of <paramref name="names"/> (or starts with one followed by a blank), or -1.</summary>
    public int Column(params string[] names)
    {
        for (var i = 0; i < trimmedHeader.Length; i++)
        {
            var cell = trimmedHeader[i];
            foreach (var name in names)
            {
                if (cell == name || (cell.StartsWith(name, StringComparison.Ordinal) && cell.Length > name.Length && cell[name.Length] is ' ' or '(' or '/'))
                {
                    return i;
                }
            }
        }

        return -1;
    }

    // A loop rather than an OfType chain: every row of every table passes here.
    private static TextUnit[] Cells(TableRow row, InlineText inline)
    {
        var cells = new List<TextUnit>(row.Count);
        foreach (var block in row)
        {
            if (block is TableCell cell)
            {
                cells.Add(Cell(cell, inline));
            }
        }

        return [.. cells];
    }

    private static TextUnit Cell(TableCell cell, InlineText inline) =>
        Blocks.FirstChild<LeafBlock>(cell) is { } paragraph ? inline.Read(paragraph) : inline.Read(null, cell.Line + 1);
}
