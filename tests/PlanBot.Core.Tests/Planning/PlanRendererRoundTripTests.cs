using CsCheck;
using PlanBot.Core.Planning;
using PlanBot.Core.Rendering;
using Xunit;

namespace PlanBot.Core.Tests.Planning;

/// <summary>The round trip with the real planner and the built-in Liquid template: what PlanBot commits, it reads back.</summary>
public sealed class PlanRendererRoundTripTests
{
    private static readonly ImplementationPlan Sample = BuildSample();

    private readonly PlanRenderer renderer = new();
    private readonly PlanMarkdownParser parser = new();

    [Fact]
    public void The_sample_plan_reads_back_as_planned_with_mentions_still_neutralised()
    {
        var markdown = renderer.Render(Sample);

        var read = parser.Parse(markdown);

        // The sample's documents hold "@finance-team" and "fixes #12": the plan file keeps them neutralised by a
        // zero-width space, and so does what is read back (see MarkedText). Everything else is exactly as planned.
        Assert.Equal(PlanDataFiles.ToJson(Sample.Document), PlanDataFiles.ToJson(read).Replace("\\u200B", string.Empty, StringComparison.Ordinal));
        Assert.Contains(read.Phases.SelectMany(p => p.Weeks).SelectMany(w => w.Deliverables), d => d.Text.Contains("@\u200Bfinance-team", StringComparison.Ordinal));
        Assert.Equal(markdown, renderer.Render(Sample with { Document = read }));
    }

    [Fact]
    public void Random_plain_plans_come_back_exactly_through_the_template()
    {
        PlanGenerators.Plans(PlanGenerators.PlainText, PlanGenerators.PlainNonEmpty, PlanGenerators.TrimmedCommands).Sample(
            document =>
            {
                var read = parser.Parse(renderer.Render(Sample with { Document = document }));
                Assert.Equal(PlanDataFiles.ToJson(document), PlanDataFiles.ToJson(read));
                Assert.Equal(document, read);
            },
            iter: 200);
    }

    [Fact]
    public void Any_plan_rendered_again_after_reading_gives_the_same_markdown()
    {
        PlanGenerators.Plans(PlanGenerators.RichText, PlanGenerators.RichNonEmpty, PlanGenerators.TrimmedCommands).Sample(
            document =>
            {
                var markdown = renderer.Render(Sample with { Document = document });
                Assert.Equal(markdown, renderer.Render(Sample with { Document = parser.Parse(markdown) }));
            },
            iter: 200);
    }

    private static ImplementationPlan BuildSample()
    {
        var documents = PlanningDocuments.Reconciliation;
        var questionnaire = PlanningAnswers.Questionnaire(documents);
        var answers = PlanningAnswers.Read(questionnaire, PlanningAnswers.Sample);
        return new Planner().Build(documents, questionnaire, answers, new PlanningOptions(PlanningAnswers.Today));
    }
}
