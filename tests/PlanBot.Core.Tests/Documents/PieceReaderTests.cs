using PlanBot.Core.Documents;

namespace PlanBot.Core.Tests.Documents;

/// <summary>The lines of a TRD that name something to build in code, as tasks quote them.</summary>
public sealed class PieceReaderTests
{
    private const string Trd = """
        # Payroll TRD

        ## 7.1 Tax Calculation Flow (taxEngine.js)

        ```
        calculatePaye(grossPay: number, options: TaxOptions) → TaxResult
          ├── 4. Apply ZIMRA tax brackets (configurable TaxBracket table)
          │     grossPay, taxableIncome,
          └── Return
        ```

        The engine runs inside the `recon-worker` process and
        reads `TaxBracket` rows on every run.

        | File | Purpose | Lines |
        |------|---------|-------|
        | `backend/lib/taxEngine.js` | PAYE/NSSA calculations | 409 |

        Plain prose names nothing in code.
        """;

    [Fact]
    public void A_line_of_code_is_quoted_without_its_tree_drawing()
    {
        var pieces = Read();

        var signature = Assert.Single(pieces, p => p.Line == 6);
        Assert.Equal("calculatePaye(grossPay: number, options: TaxOptions) → TaxResult", signature.Text);
        Assert.True(signature.IsCode);
        Assert.Contains("calculatePaye", signature.Names);

        Assert.Equal("Apply ZIMRA tax brackets (configurable TaxBracket table)", Assert.Single(pieces, p => p.Line == 7).Text);
    }

    [Fact]
    public void A_list_cut_across_lines_and_a_line_without_a_name_are_not_pieces()
    {
        var lines = Read().Select(p => p.Line).ToList();

        Assert.DoesNotContain(8, lines);
        Assert.DoesNotContain(9, lines);
        Assert.DoesNotContain(21, lines);
    }

    [Fact]
    public void A_paragraph_is_quoted_from_its_first_line_only()
    {
        var pieces = Read();

        Assert.Equal("The engine runs inside the `recon-worker` process and", Assert.Single(pieces, p => p.Line == 12).Text);
        Assert.DoesNotContain(pieces, p => p.Line == 13);
    }

    [Fact]
    public void A_table_row_is_quoted_as_its_cells_without_marks_and_counts()
    {
        var row = Assert.Single(Read(), p => p.Line == 17);

        Assert.Equal("`backend/lib/taxEngine.js` — PAYE/NSSA calculations", row.Text);
        Assert.Equal(["backend/lib/taxEngine.js"], row.Names);
        Assert.False(row.IsCode);
    }

    private static IReadOnlyList<DocumentPiece> Read() => new DocumentAnalyzer().Analyze("# PRD\n", Trd).Trd.Pieces;
}
