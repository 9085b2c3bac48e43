using PlanBot.Core.Documents;
using Xunit.Abstractions;

namespace PlanBot.Core.Tests.Documents;

/// <summary>
/// Every pair of the corpus is analysed without an exception, every item's line is inside its document, and the
/// counts are what a person counts in the files (counted by reading them; see <see cref="CorpusCounts.Tolerance"/>).
/// Without the corpus (CI), there is nothing to check.
/// </summary>
public sealed class CorpusTests(ITestOutputHelper output)
{
    // Counted by hand from the files. Requirements: ids where the document has them (bantu: 91 module-coded + 24 NFR;
    // libcommons has only US-01…US-08, which are then its requirements); otherwise the bullets of its requirements
    // sections (atlas, nexus, vox, keepaccounts) or its MVP list (kart). Endpoints: distinct method and path (vox writes
    // five POST actions on one line as a|b|c). Entities: every table or model the data sections describe, in SQL, Prisma,
    // field tables, field trees (crypto's Job, jobs, JobResultData) or field lists. Targets: statements with a number and a bound.
    private static readonly CorpusCounts[] Expected =
    [
        new("atlas-go-boilerplate", 31, 0, 0, 0, 0, 2),
        new("bantu-payroll-hr", 115, 0, 3, 18, 7, 5),
        new("kart-shopper", 13, 5, 28, 2, 6, 6),
        new("keepaccounts-zh", 14, 0, 0, 0, 2, 2),
        new("kiro-codebuild-worker", 20, 20, 0, 1, 1, 9),
        new("lerian-fetcher-crypto-security", 15, 6, 1, 8, 3, 3),
        new("lerian-helm-compat-matrix-ptbr", 12, 5, 0, 1, 0, 0),
        new("lerian-libcommons-streaming", 8, 8, 0, 3, 0, 4),
        new("lerian-matcher-fetcher-bridge", 5, 4, 0, 0, 0, 0),
        new("nexus-command", 16, 0, 0, 20, 3, 1),
        new("solar-layout-generator", 15, 0, 10, 0, 4, 4),
        new("vox-prismatic", 29, 0, 17, 0, 16, 3),
    ];

    private readonly DocumentAnalyzer analyzer = new();

    public static TheoryData<string> Pairs { get; } = new(Expected.Select(e => e.Pair));

    [Theory]
    [MemberData(nameof(Pairs))]
    public void Counts_are_what_a_person_sees(string pair)
    {
        if (Corpus.Folder is null || !Corpus.Pairs.Contains(pair))
        {
            return;
        }

        var expected = Expected.Single(e => e.Pair == pair);
        var found = CorpusCounts.Of(pair, analyzer.Analyze(Corpus.Read(pair, "PRD.md"), Corpus.Read(pair, "TRD.md")));
        output.WriteLine(CorpusCounts.Row(expected, found));
        foreach (var ((column, want), (_, got)) in expected.Columns().Zip(found.Columns()))
        {
            var tolerance = CorpusCounts.Tolerance(column, want);
            Assert.True(Math.Abs(want - got) <= tolerance, $"{pair} {column}: a person counts {want}, the analysis found {got} (tolerance {tolerance})");
        }
    }

    [Fact]
    public void Every_pair_is_analysed_and_every_line_is_inside_its_document()
    {
        foreach (var pair in Corpus.Pairs)
        {
            Assert.Contains(pair, Expected.Select(e => e.Pair));
            foreach (var (file, kind) in (ReadOnlySpan<(string, DocumentKind)>)[("PRD.md", DocumentKind.Prd), ("TRD.md", DocumentKind.Trd)])
            {
                var text = Corpus.Read(pair, file);
                var document = analyzer.Analyze(text, kind);
                AnalysisLines.AssertInside(document, AnalysisLines.Count(text), $"{pair}/{file}");
            }
        }
    }

    [Fact]
    public void The_table_for_the_report()
    {
        output.WriteLine("| pair | PRD reqs | stories | TRD endpoints | targets | TRD entities | TRD integrations |");
        output.WriteLine("|---|---|---|---|---|---|---|");
        foreach (var expected in Expected.Where(e => Corpus.Pairs.Contains(e.Pair)))
        {
            var found = CorpusCounts.Of(expected.Pair, analyzer.Analyze(Corpus.Read(expected.Pair, "PRD.md"), Corpus.Read(expected.Pair, "TRD.md")));
            output.WriteLine(CorpusCounts.Row(expected, found));
            Assert.Equal(expected.Pair, found.Pair);
        }
    }
}
