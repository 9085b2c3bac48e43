using PlanBot.Core.Documents;

namespace PlanBot.Core.Tests.Documents;

/// <summary>The hand-written cases of <see cref="AnalyzerCases"/>, and what holds for any document.</summary>
public sealed class DocumentAnalyzerTests
{
    private readonly DocumentAnalyzer analyzer = new();

    [Theory]
    [MemberData(nameof(AnalyzerCases.All), MemberType = typeof(AnalyzerCases))]
    public void Finds_what_a_person_sees(string name, DocumentKind kind, string markdown, string[] expected)
    {
        var actual = AnalysisDescription.Of(analyzer.Analyze(markdown, kind));
        foreach (var group in expected.GroupBy(AnalysisDescription.KindOf))
        {
            var wanted = group.Where(line => !line.EndsWith(": none", StringComparison.Ordinal)).ToList();
            var found = actual.Where(line => AnalysisDescription.KindOf(line) == group.Key).ToList();
            Assert.True(
                wanted.SequenceEqual(found, StringComparer.Ordinal),
                $"{name}: {group.Key}\nexpected:\n  {string.Join("\n  ", wanted)}\nfound:\n  {string.Join("\n  ", found)}");
        }
    }

    [Fact]
    public void Carriage_returns_count_as_line_ends_like_Markdig_counts_them()
    {
        var crlf = analyzer.Analyze("# PRD: Jetty\r\n\r\n## Functional Requirements\r\n- FR-1: Moor a boat\r\r- FR-2: Unmoor it\n", DocumentKind.Prd);

        Assert.Equal([4, 6], crlf.Requirements.Select(r => r.Line));
    }

    [Fact]
    public void Prd_and_trd_are_analysed_as_their_kinds()
    {
        var set = analyzer.Analyze("# PRD: A", "# TRD: A");

        Assert.Equal(DocumentKind.Prd, set.Prd.Kind);
        Assert.Equal(DocumentKind.Trd, set.Trd.Kind);
    }

    [Fact]
    public void The_same_text_gives_the_same_analysis()
    {
        var text = string.Join("\n", AnalyzerCases.All.Select(row => (string)row[2]));

        Assert.Equal(AnalysisDescription.Of(analyzer.Analyze(text, DocumentKind.Prd)), AnalysisDescription.Of(new DocumentAnalyzer().Analyze(text, DocumentKind.Prd)));
    }
}
