using CsCheck;
using PlanBot.Core.Documents;
using PlanBot.Core.Documents.Analysis;

namespace PlanBot.Core.Tests.Documents;

/// <summary>Random Markdown — headings, tables, fences, lists, ids, stories, targets, unicode — never breaks the analysis.</summary>
public sealed class AnalyzerPropertyTests
{
    private static readonly Gen<string> Fragment = Gen.OneOf(
        Gen.String[0, 30],
        Gen.OneOf(
            "# ", "## ", "###### ", "####### ", "# PRD: Wharf", "## 1. Functional Requirements", "### FR-001: Moor", "### FR-14 — Unmoor",
            "## Non‑Functional Requirements", "## 🎯 Goals", "## 3. 数据模型设计", "## Riscos", "## Timeline", "## Risks", "## Success Metrics",
            "## Dependencies", "#### Acceptance Criteria", "### Requirement 3: Lock", "### US-001: Story", "## Metadata", "## In Scope",
            "| ID | Requirement | Priority |", "|---|---|---|", "| FR-1 | Moor | P0 |", "| NFR-01 | Load | < 2 seconds |", "| | |", "|", "||", "| AC-01 | FR-1 ok |",
            "| Method | Path |", "| GET | /v1/x/{id} |", "| Field | Type |", "| `id` | UUID |", "| Risk | Impact |", "| Phase 1 | 2 weeks |",
            "```", "```sql", "```prisma", "~~~", "````", "CREATE TABLE t (", "  id INT,", ");", "model M {", "}", "interface I {", "├── a: string",
            "- ", "- [ ] ", "- [x] done", "  - nested", "    - deeper", "1. ", "1) one", "* star", "+ plus", "> ", "> > quote", ">",
            "**FR-2:** Refund", "**US-1** — Como operador, quero ver, para saber.", "**Priority:** P1", "**Acceptance criteria:**", "**Version:** 1",
            "**Como** x", "**Eu quero** y", "**Para que** z", "**Phase 1 — Shell (2 weeks):** x", "**users**", "**",
            "As a user, I want x, so that y.", "When I sail, I want tides, so I arrive.", "As a", "I want", "so that",
            "GET /v1/berths/:id", "POST /a|b|c", "app.Get(\"/v1/x\", h)", "@PostMapping(\"/y\")", "get the data",
            "P99 < 50ms", "1,000 req/s", "99.9% uptime", "sub-10ms", "≤200 ms", "1 µs", "under 3 seconds", "< 100ms para 100MB", "> 45 minutes", "p50, p95, p99",
            "Midaz", "postgres", "Rabbit MQ", "Access Manager", "plugin license", "**Stripe** billing",
            "---", "---\nkey: value\n---", "---\na: [\n---", "<!-- comment -->", "<div>", "\uFEFF", "\u2011", "\u200B", "\r", "\r\n", "\t", "\\",
            "🎯", "产品概述 (Overview)", "Requisitos Não-Funcionais", "\uD83D", "\uDC00", "e\u0301", "\u202E", "`", "``code``", "[link](x)", "<https://a.b>", "&amp;", "&#0;"));

    private static readonly Gen<string> Document = Gen.OneOf(
        Fragment.Array[0, 40].Select(parts => string.Join("\n", parts)),
        Fragment.Array[0, 40].Select(parts => string.Concat(parts)),
        Gen.Select(Fragment.Array[0, 20], Gen.OneOf("\n", "\n\n", " ", "\r\n", "|", "\n  ")).Select((parts, separator) => string.Join(separator, parts)));

    private readonly DocumentAnalyzer analyzer = new();

    [Fact]
    public void Random_markdown_never_throws_and_every_line_is_inside_the_document()
    {
        Gen.Select(Document, Gen.OneOf(Gen.Const(DocumentKind.Prd), Gen.Const(DocumentKind.Trd))).Sample((text, kind) =>
        {
            var document = analyzer.Analyze(text, kind);
            AnalysisLines.AssertInside(document, AnalysisLines.Count(text.StartsWith('\uFEFF') ? text[1..] : text), "random document");
        }, iter: 3000);
    }

    [Fact]
    public void Requirement_keys_are_unique_and_requirements_without_ids_are_keyed_by_their_titles()
    {
        Document.Sample(text =>
        {
            var requirements = analyzer.Analyze(text, DocumentKind.Prd).Requirements;
            Assert.Equal(requirements.Count, requirements.Select(r => r.Key).Distinct(StringComparer.OrdinalIgnoreCase).Count());
            Assert.All(requirements.Where(r => r.HasExplicitId), r => Assert.Equal(r.Id!.Trim(), r.Key));
            Assert.All(requirements.Where(r => !r.HasExplicitId), r => Assert.StartsWith(TitleKeys.Slug(r.Title), r.Key, StringComparison.Ordinal));
            Assert.All(requirements, r => Assert.False(string.IsNullOrWhiteSpace(r.Key)));
        }, iter: 2000);
    }

    [Fact]
    public void What_is_reported_missing_is_missing()
    {
        Document.Sample(text =>
        {
            var prd = analyzer.Analyze(text, DocumentKind.Prd);
            Assert.Equal(prd.Requirements.Count == 0, prd.NotFound.Contains("requirements"));
            Assert.Equal(prd.Stories.Count == 0, prd.NotFound.Contains("user stories"));
            Assert.Equal(prd.PerformanceTargets.Count == 0, prd.NotFound.Contains("performance targets"));
            var trd = analyzer.Analyze(text, DocumentKind.Trd);
            Assert.Equal(trd.Endpoints.Count == 0, trd.NotFound.Contains("endpoints"));
            Assert.Equal(trd.Integrations.Count == 0, trd.NotFound.Contains("integrations"));
        }, iter: 1000);
    }

    [Fact]
    public void Hostile_nesting_and_long_runs_are_read_without_an_exception()
    {
        string[] hostile =
        [
            new string('>', 5_000) + " FR-1: deep",
            string.Concat(Enumerable.Range(0, 200).Select(i => new string(' ', i * 2) + "- FR-" + i + "\n")),
            new string('*', 50_000),
            new string('[', 10_000),
            string.Concat(Enumerable.Repeat("**a ", 5_000)),
            "|" + string.Concat(Enumerable.Repeat("a|", 5_000)) + "\n|" + string.Concat(Enumerable.Repeat("-|", 5_000)),
            "---\n" + new string('[', 5_000) + "\n---\n# Title",
            string.Concat(Enumerable.Repeat("As a user, I want ", 20_000)),
            string.Concat(Enumerable.Repeat("GET /a|b", 20_000)),
            new string('`', 50_000),
        ];
        foreach (var text in hostile)
        {
            AnalysisLines.AssertInside(analyzer.Analyze(text, DocumentKind.Trd), AnalysisLines.Count(text), "hostile document");
        }
    }

    [Fact]
    public void Nesting_Markdig_refuses_is_read_flattened_with_its_lines()
    {
        var text = "# PRD: Deep\n" + new string('>', 5_000) + " FR-1: Reach the bottom\n";

        var requirement = Assert.Single(analyzer.Analyze(text, DocumentKind.Prd).Requirements);

        Assert.Equal(("FR-1", "Reach the bottom", 2), (requirement.Id, requirement.Title, requirement.Line));
    }
}
