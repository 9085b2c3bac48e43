using PlanBot.Core.Documents;

namespace PlanBot.Core.Tests.Planning;

/// <summary>A week's tasks name the pieces the TRD gives its requirements: functions, tables, files, each with its line.</summary>
public sealed class TrdTaskTests
{
    private const string Prd = """
        # Payroll

        ## Functional Requirements

        | ID | Requirement | Priority |
        |----|-------------|----------|
        | PRL-08 | PAYE tax calculation | P0 |
        | PRL-09 | AIDS Levy calculation | P0 |
        | PRL-20 | Payslip email delivery | P1 |
        """;

    private const string Trd = """
        # Payroll TRD

        ## Tax Calculation Flow

        ```
        calculatePaye(grossPay: number, options: TaxOptions) → TaxResult
          ├── Apply ZIMRA tax brackets (configurable TaxBracket table)
          ├── AIDS Levy = PAYE × AIDS_LEVY_RATE
        ```

        ## Key files

        | File | Purpose |
        |------|---------|
        | `backend/lib/taxEngine.js` | PAYE and AIDS Levy calculations |
        """;

    [Fact]
    public void A_requirement_is_built_from_the_pieces_the_TRD_names_for_it()
    {
        var tasks = Tasks();

        Assert.Contains("PRL-08: `calculatePaye(grossPay: number, options: TaxOptions) → TaxResult` (TRD line 6)", tasks);
        Assert.Contains("PRL-09: `AIDS Levy = PAYE × AIDS_LEVY_RATE` (TRD line 8)", tasks);
    }

    [Fact]
    public void A_file_that_serves_two_requirements_is_a_task_of_each()
    {
        var tasks = Tasks();

        Assert.Contains("PRL-08: `backend/lib/taxEngine.js` — PAYE and AIDS Levy calculations (TRD line 15)", tasks);
        Assert.Contains("PRL-09: `backend/lib/taxEngine.js` — PAYE and AIDS Levy calculations (TRD line 15)", tasks);
    }

    [Fact]
    public void A_requirement_the_TRD_says_nothing_of_gets_no_piece_and_is_designed_first()
    {
        var tasks = Tasks();

        Assert.DoesNotContain(tasks, t => t.StartsWith("PRL-20: ", StringComparison.Ordinal) && t.Contains("TRD line", StringComparison.Ordinal));
        Assert.Contains("PRL-20: no line of the TRD was found for it; agree its data, interface and errors and write them into the TRD first (PRD line 9)", tasks);
        Assert.DoesNotContain(tasks, t => t.StartsWith("PRL-08: no line of the TRD", StringComparison.Ordinal));

        var criteria = Plans.Weeks(Plans.Build(new DocumentAnalyzer().Analyze(Prd, Trd), string.Empty)).SelectMany(w => w.AcceptanceCriteria).Select(c => c.Text).ToList();
        Assert.Contains("PRL-20: Payslip email delivery: its data, interface and errors are in the TRD, each covered by a test", criteria);
    }

    [Fact]
    public void A_requirement_the_TRD_says_nothing_of_is_a_project_risk_of_the_documents()
    {
        var plan = Plans.Build(new DocumentAnalyzer().Analyze(Prd, Trd), string.Empty);

        var risk = Assert.Single(plan.ProjectRisks, r => r.Source == "TRD");
        Assert.Equal("No line of the TRD found for 1 requirement: PRL-20", risk.Risk);
    }

    private static List<string> Tasks() =>
        Plans.Weeks(Plans.Build(new DocumentAnalyzer().Analyze(Prd, Trd), string.Empty)).SelectMany(w => w.Tasks).ToList();
}
