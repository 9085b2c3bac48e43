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
    public void A_paragraph_is_quoted_whole_at_its_first_line()
    {
        var pieces = Read();

        Assert.Equal("The engine runs inside the `recon-worker` process and reads `TaxBracket` rows on every run.", Assert.Single(pieces, p => p.Line == 12).Text);
        Assert.DoesNotContain(pieces, p => p.Line == 13);
    }

    [Fact]
    public void A_list_item_is_quoted_with_its_indented_lines_and_not_the_item_below()
    {
        var pieces = new DocumentAnalyzer().Analyze("# PRD\n", """
            # TRD

            - **recon-worker:** parses statements with the configured layout, syncs `Midaz` transactions, runs
              the matching engine, sends webhooks.
            - **Matching engine:** a library inside the `worker`.
            """).Trd.Pieces;

        Assert.Equal(
            ["recon-worker: parses statements with the configured layout, syncs `Midaz` transactions, runs the matching engine, sends webhooks.", "Matching engine: a library inside the `worker`."],
            pieces.Select(p => p.Text));
        Assert.Equal([3, 5], pieces.Select(p => p.Line));
    }

    [Fact]
    public void A_row_of_boxes_side_by_side_is_no_piece_but_a_box_around_one_name_is()
    {
        var pieces = new DocumentAnalyzer().Analyze("# PRD\n", """
            # TRD

            ```
            │  ├─Dashboard   │  ├─companyContext │  ├─loans   │
            │  ├─ Apply tax brackets from TaxBracket   │
            ```
            """).Trd.Pieces;

        Assert.Equal(["Apply tax brackets from TaxBracket"], pieces.Select(p => p.Text));
    }

    [Fact]
    public void A_step_of_a_drawn_flow_is_a_statement_and_other_code_without_names_is_not()
    {
        var statements = new DocumentAnalyzer().Analyze("# PRD\n", """
            # TRD

            ```
            Payroll run
              ├── Add motor vehicle benefit (based on engine category)
              return total plus the levy
            ```
            """).Trd.Statements;

        var step = Assert.Single(statements);
        Assert.Equal("Add motor vehicle benefit (based on engine category)", step.Text);
        Assert.True(step.IsCode);
    }

    [Fact]
    public void A_long_statement_is_quoted_by_its_first_sentence()
    {
        var statements = new DocumentAnalyzer().Analyze("# PRD\n", """
            # TRD

            One transactional email in version one is sent when the basket is ready and the shopper has closed the tab. It is triggered from the completion callback when the browser session is no longer connected.
            """).Trd.Statements;

        Assert.Equal("One transactional email in version one is sent when the basket is ready and the shopper has closed the tab.", Assert.Single(statements).Text);
    }

    [Fact]
    public void A_sentence_after_a_quoted_one_starts_with_its_first_word()
    {
        var pieces = new DocumentAnalyzer().Analyze("# PRD\n", """
            # TRD

            One transactional email in version one, the one that tells the shopper "Your basket is ready." Triggered from the `BasketBuild` completion callback when the browser session is gone.
            """).Trd.Pieces;

        Assert.Equal("Triggered from the `BasketBuild` completion callback when the browser session is gone.", Assert.Single(pieces).Text);
    }

    [Fact]
    public void A_stop_inside_a_name_does_not_end_the_sentence()
    {
        var pieces = new DocumentAnalyzer().Analyze("# PRD\n", """
            # TRD

            One `messages.create` call per uncached item. System prompt embeds the user's price range and organic preference, and the user message carries the freeform text.
            """).Trd.Pieces;

        Assert.Equal("One `messages.create` call per uncached item.", Assert.Single(pieces).Text);
    }

    [Fact]
    public void A_tables_header_is_no_statement()
    {
        var statements = new DocumentAnalyzer().Analyze("# PRD\n", """
            # TRD

            | Metric name | Target value | Measurement |
            |---|---|---|
            | API response time (p50) | < 200ms | Server-side metrics |
            """).Trd.Statements;

        Assert.Equal(["API response time (p50) — < 200ms — Server-side metrics"], statements.Select(s => s.Text));
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
