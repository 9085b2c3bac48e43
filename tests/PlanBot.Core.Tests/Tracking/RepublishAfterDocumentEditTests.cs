using PlanBot.Core.Documents;
using PlanBot.Core.Planning;
using PlanBot.Core.Tests.Documents;
using PlanBot.Core.Tests.Planning;
using PlanBot.Core.Tracking;
using static PlanBot.Core.Tests.Tracking.Publishing;

namespace PlanBot.Core.Tests.Tracking;

/// <summary>
/// Requirements without ids keep their keys when the PRD grows above them, so a plan regenerated after such an edit
/// and published again renames and closes nothing.
/// </summary>
public sealed class RepublishAfterDocumentEditTests
{
    [Fact]
    public void Ten_lines_added_at_the_top_of_the_prd_rename_and_close_no_issue_or_milestone()
    {
        var published = Publish(PlanOf(HarbourDocuments.Prd));
        var grown = HarbourDocuments.Prd.Replace("# PRD: Harbour Berths\n", "# PRD: Harbour Berths\n\n" + string.Join('\n', Enumerable.Range(1, 9).Select(i => $"Revision note {i}: wording agreed with the harbour office.")) + "\n", StringComparison.Ordinal);
        Assert.Equal(10, grown.Split('\n').Length - HarbourDocuments.Prd.Split('\n').Length);

        var before = PlanOf(HarbourDocuments.Prd);
        var after = PlanOf(grown);
        var changes = Reconcile(after, published);
        var republished = FakeRepository.ApplyTo(changes, published);

        // What each week delivers names the same requirements: with ids made from lines, every trace moved by ten.
        Assert.Equal(Traces(before), Traces(after));

        Assert.DoesNotContain(changes.Operations, o => o is CreateIssue or CloseIssue or CreateMilestone or CloseMilestone);
        Assert.Equal(Titles(published), Titles(republished));
        Assert.Equal(published.Milestones.Select(m => (m.Number, m.Title)), republished.Milestones.Select(m => (m.Number, m.Title)));
    }

    private static IEnumerable<(int, string)> Titles(ActualState state) => state.Issues.Select(i => (i.Number, i.Title));

    private static IEnumerable<string> Traces(PlanDocument plan) => plan.Phases.SelectMany(p => p.Weeks).Select(w => string.Join(", ", w.Traces));

    /// <summary>What the bot publishes: the committed plan, read back from its Markdown.</summary>
    private static PlanDocument PlanOf(string prd) =>
        new PlanMarkdownParser().Parse(Plans.Render(Plans.Build(new DocumentAnalyzer().Analyze(prd, HarbourDocuments.Trd), string.Empty)));
}
