using CsCheck;
using PlanBot.Core.Documents;
using PlanBot.Core.Documents.Analysis;
using PlanBot.Core.Tests.Cli;

namespace PlanBot.Core.Tests.Documents;

/// <summary>
/// Requirements without ids are keyed by their own words: lines added elsewhere change no key, editing one changes at
/// most its own, and ids the documents give are kept as written.
/// </summary>
public sealed class RequirementKeyTests
{
    private const string Harbour = HarbourDocuments.Prd;

    private static readonly DocumentAnalyzer Analyzer = new();

    [Theory]
    [InlineData("Short links: create", "short-links-create")]
    [InlineData("Réservation d’un poste à quai", "réservation-d-un-poste-à-quai")]
    [InlineData("Re\u0301servation", "reservation")]
    [InlineData("Assign a repair to a crew member, with a deadline", "assign-a-repair-to-a-crew-member")]
    [InlineData("`GET /berths` returns free berths", "get-berths-returns-free-berths")]
    [InlineData("记账分类", "记账分类")]
    [InlineData("🚀 !!", "requirement")]
    [InlineData("Supercalifragilisticexpialidociousnessitudeness and more", "supercalifragilisticexpialidociousnessit")]
    public void A_slug_is_the_titles_words(string title, string slug) => Assert.Equal(slug, TitleKeys.Slug(title));

    [Fact]
    public void Requirements_without_ids_are_keyed_by_their_titles_and_equal_titles_by_their_own_text()
    {
        var keys = Keys(Harbour);

        Assert.Equal(
            ["book-a-berth-for-a-date-range-", "cancel-a-booking-with-a-refund-when-it", "show-free-berths-on-a-map-of-the-harbour", "book-a-berth-for-a-date-range-", "pages-load-in-under-two-seconds"],
            keys.Select(k => k.StartsWith("book-a-berth-for-a-date-range-", StringComparison.Ordinal) ? "book-a-berth-for-a-date-range-" : k));
        Assert.NotEqual(keys[0], keys[3]);

        // The suffix comes from the requirement's own text: the two bookings swapped keep their keys.
        var swapped = Harbour.Replace("- Book a berth for a date range\n  - The booking shows the berth number and the price\n", string.Empty, StringComparison.Ordinal)
            .Replace("- Show free berths on a map of the harbour\n- Book a berth for a date range\n", "- Show free berths on a map of the harbour\n- Book a berth for a date range\n- Book a berth for a date range\n  - The booking shows the berth number and the price\n", StringComparison.Ordinal);
        var after = Keys(swapped);
        Assert.Equal(keys.Order(StringComparer.Ordinal), after.Order(StringComparer.Ordinal));
        Assert.Equal(keys[0], after[^2]);
        Assert.Equal(keys[3], after[2]);
    }

    [Fact]
    public void Equal_titles_that_stop_colliding_lose_their_suffixes()
    {
        var before = Keys(Harbour);
        var after = Keys(Harbour.Replace("- Show free berths on a map of the harbour\n- Book a berth for a date range\n", "- Show free berths on a map of the harbour\n- Book a berth for a weekend\n", StringComparison.Ordinal));

        Assert.StartsWith("book-a-berth-for-a-date-range-", before[0], StringComparison.Ordinal);
        Assert.Equal(["book-a-berth-for-a-date-range", before[1], before[2], "book-a-berth-for-a-weekend", before[4]], after);
    }

    [Theory]
    [InlineData("FR-001")]
    [InlineData("US-1")]
    [InlineData("PPL-01")]
    public void Ids_the_documents_give_are_the_keys_as_written(string id)
    {
        var prd = Analyzer.Analyze($"# PRD: Quay\n\n## Functional Requirements\n\n| ID | Requirement |\n|----|-------------|\n| {id} | Switch the lights |\n", DocumentKind.Prd);

        var requirement = Assert.Single(prd.Requirements);
        Assert.Equal((id, id), (requirement.Id, requirement.Key));
    }

    [Fact]
    public void Lines_added_to_our_own_prd_change_no_key() => AssertInsertionsKeepKeys(Harbour);

    [Fact]
    public void Lines_added_to_the_sample_change_no_key() => AssertInsertionsKeepKeys(File.ReadAllText(SamplePaths.SampleFile("PRD.md")));

    [CorpusTheory]
    [MemberData(nameof(Corpus.PairRows), MemberType = typeof(Corpus))]
    public void Lines_added_to_a_corpus_prd_change_no_key(string pair) => AssertInsertionsKeepKeys(Corpus.Read(pair, "PRD.md"));

    [Fact]
    public void Editing_one_requirement_of_our_own_prd_changes_at_most_its_key() => AssertEditsAreLocal(Harbour);

    [CorpusTheory]
    [MemberData(nameof(Corpus.PairRows), MemberType = typeof(Corpus))]
    public void Editing_one_requirement_of_a_corpus_prd_changes_at_most_its_key(string pair) => AssertEditsAreLocal(Corpus.Read(pair, "PRD.md"));

    /// <summary>
    /// Text, a heading with a paragraph, or a table, put in front of a random heading (outside code fences) or at the
    /// end: every requirement is still read, with the same key.
    /// </summary>
    private static void AssertInsertionsKeepKeys(string markdown)
    {
        var lines = markdown.ReplaceLineEndings("\n").Split('\n');
        var before = Keys(markdown);
        var places = HeadingLines(lines).Skip(1).Append(lines.Length).ToArray();
        string[] blocks =
        [
            "Some context a reviewer asked for, in a paragraph of its own.",
            "{0} Background\n\nWhy this product exists, in a sentence.",
            "| Quarter | Bookings |\n|---------|----------|\n| Q1 | 1,200 |\n| Q2 | 1,450 |",
        ];
        Gen.Select(Gen.Int[0, places.Length - 1], Gen.Int[0, blocks.Length - 1], Gen.Int[1, 10]).Sample((place, block, blanks) =>
        {
            // A heading goes in at the level of the one it precedes, so the sections around it keep their parents.
            var at = places[place];
            var level = at < lines.Length ? new string('#', lines[at].TrimStart().TakeWhile(c => c == '#').Count()) : "##";
            var text = string.Format(System.Globalization.CultureInfo.InvariantCulture, blocks[block], level);
            var inserted = lines.Take(at).Concat([string.Empty, .. text.Split('\n'), .. Enumerable.Repeat(string.Empty, blanks)]).Concat(lines.Skip(at));
            Assert.Equal(before, Keys(string.Join('\n', inserted)));
        }, iter: 60);
    }

    /// <summary>
    /// A word added to one requirement's title, where the title is written on its line: the others keep their keys.
    /// Requirements whose titles give the same slug are left out: their keys carry a suffix only while they collide
    /// (<see cref="Equal_titles_that_stop_colliding_lose_their_suffixes"/>).
    /// </summary>
    private static void AssertEditsAreLocal(string markdown)
    {
        var lines = markdown.ReplaceLineEndings("\n").Split('\n');
        var requirements = Analyzer.Analyze(markdown, DocumentKind.Prd).Requirements;
        var slugs = requirements.Where(r => !r.HasExplicitId).GroupBy(r => TitleKeys.Slug(r.Title), StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.Count(), StringComparer.OrdinalIgnoreCase);
        var editable = requirements.Select((r, i) => (Requirement: r, Index: i))
            .Where(x => x.Requirement.HasExplicitId || slugs[TitleKeys.Slug(x.Requirement.Title)] == 1)
            .Where(x => x.Requirement.Title.Length > 0 && x.Requirement.Line <= lines.Length && lines[x.Requirement.Line - 1].Contains(x.Requirement.Title, StringComparison.Ordinal))
            .ToList();
        if (editable.Count == 0)
        {
            return;
        }

        Gen.Int[0, editable.Count - 1].Sample(pick =>
        {
            var (requirement, index) = editable[pick];
            var edited = lines.ToArray();
            var line = requirement.Line - 1;
            var at = edited[line].IndexOf(requirement.Title, StringComparison.Ordinal) + requirement.Title.Length;
            edited[line] = edited[line][..at] + " today" + edited[line][at..];
            var after = Analyzer.Analyze(string.Join('\n', edited), DocumentKind.Prd).Requirements;

            Assert.Equal(requirements.Count, after.Count);
            Assert.Equal(requirements.Where((_, i) => i != index).Select(r => r.Key), after.Where((_, i) => i != index).Select(r => r.Key));
        }, iter: Math.Min(40, editable.Count * 2));
    }

    private static List<string> Keys(string markdown) => Analyzer.Analyze(markdown, DocumentKind.Prd).Requirements.Select(r => r.Key).ToList();

    /// <summary>The indexes of heading lines outside code fences.</summary>
    private static IEnumerable<int> HeadingLines(string[] lines)
    {
        var fenced = false;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimStart();
            if (line.StartsWith("```", StringComparison.Ordinal) || line.StartsWith("~~~", StringComparison.Ordinal))
            {
                fenced = !fenced;
            }
            else if (!fenced && line.StartsWith('#'))
            {
                yield return i;
            }
        }
    }
}
