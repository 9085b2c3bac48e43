using PlanBot.Core.Documents;

namespace PlanBot.Core.Tests.Documents;

/// <summary>
/// No acceptance criterion a corpus document states is lost: each is attached to a requirement or a story, or kept on
/// its own. The counts were made by reading the files, with the form each pair uses.
/// </summary>
public sealed class CorpusCriteriaTests
{
    private static readonly Dictionary<string, (int Count, string Form)> Stated = new(StringComparer.Ordinal)
    {
        ["atlas-go-boilerplate"] = (0, "none stated"),
        ["bantu-payroll-hr"] = (24, "a Target cell per NFR-01…NFR-24 row"),
        ["kart-shopper"] = (0, "none stated"),
        ["keepaccounts-zh"] = (0, "none stated"),
        ["kiro-codebuild-worker"] = (130, "numbered EARS statements under #### Acceptance Criteria of each ### Requirement N"),
        ["lerian-fetcher-crypto-security"] = (29, "24 numbered items under **Acceptance Criteria:** of six ### US-00N stories (traced to FRs by a User Story column), 5 NFR Target cells"),
        ["lerian-helm-compat-matrix-ptbr"] = (5, "an `- AC:` bullet under each bold **US-N** paragraph"),
        ["lerian-libcommons-streaming"] = (15, "a separate | ID | Criterion | table, AC-01…AC-15, naming no story"),
        ["lerian-matcher-fetcher-bridge"] = (10, "bullets under **Acceptance Criteria** of each ### FR-00N"),
        ["nexus-command"] = (0, "none stated"),
        ["solar-layout-generator"] = (56, "51 checkboxes under **Acceptance Criteria:** of each ### FR-N, 5 NFR Target cells"),
        ["vox-prismatic"] = (0, "none stated"),
    };

    [CorpusTheory]
    [MemberData(nameof(Corpus.PairRows), MemberType = typeof(Corpus))]
    public void Every_criterion_stated_is_attached_or_kept_on_its_own(string pair)
    {
        var (count, form) = Stated[pair];
        var documents = new DocumentAnalyzer().Analyze(Corpus.Read(pair, "PRD.md"), Corpus.Read(pair, "TRD.md"));
        var criteria = documents.Prd.Criteria.Concat(documents.Trd.Criteria).ToList();

        Assert.True(count == criteria.DistinctBy(c => (c.Text, c.Line)).Count(), $"{pair} ({form}): {count} stated, {criteria.DistinctBy(c => (c.Text, c.Line)).Count()} found");
        var keys = documents.Prd.Requirements.Concat(documents.Trd.Requirements).Select(r => r.Key).ToHashSet(StringComparer.Ordinal);
        var stories = documents.Prd.Stories.Select(s => s.Id).OfType<string>().ToHashSet(StringComparer.Ordinal);
        Assert.All(criteria, c => Assert.True(c.Owner is null || keys.Contains(c.Owner) || stories.Contains(c.Owner), $"{pair}: {c.Owner} owns line {c.Line} but is neither a requirement nor a story"));
        Assert.All(documents.Prd.Requirements, r => Assert.Equal(r.AcceptanceCriteria, documents.Prd.Criteria.Where(c => c.Owner == r.Key).Select(c => c.Text)));
    }
}
