using System.Globalization;
using System.Text;
using PlanBot.Core.Documents;
using PlanBot.Core.Engine;
using PlanBot.Core.Planning;
using PlanBot.Core.Rendering;
using PlanBot.Core.Scoping;
using PlanBot.Core.Scoping.Answers;
using PlanBot.Core.Tests.Scoping;

namespace PlanBot.Core.Tests.Conversation.Fakes;

/// <summary>
/// A stand-in for the analyser and the planner, so the conversation is tested without them: the hand-made sample
/// analysis, and a plan whose Markdown lists the answers it was made from (so changed answers change the plan and
/// unchanged ones do not). A template containing <c>{% broken</c> fails to render, as a bad Liquid template would.
/// </summary>
public sealed class FakePlanEngine : IPlanEngine
{
    public int Analyses { get; private set; }

    public List<PlanningOptions> Plans { get; } = [];

    /// <summary>When set, documents are really analysed (tests whose outcome depends on what the PRD says); otherwise every read is the sample.</summary>
    public bool Reads { get; set; }

    public DocumentSet Analyze(string prdMarkdown, string trdMarkdown)
    {
        Analyses++;
        return Reads ? new DocumentAnalyzer().Analyze(prdMarkdown, trdMarkdown) : SampleDocuments.Set;
    }

    public ValueList<QualityFinding> Review(DocumentSet documents) =>
        new[] { new QualityFinding(DocumentKind.Prd, "PRD014", FindingSeverity.Warning, 0, "No Success Criteria section: the plan cannot say when the product is done.") };

    public GeneratedPlan Plan(DocumentSet documents, Questionnaire questionnaire, AnswerSet answers, PlanningOptions options)
    {
        Plans.Add(options);
        var start = options.Today;
        var phases = new[]
        {
            new PlanPhase(1, "Foundation", "Import and match", start, start.AddDays(18), new[] { Week(1, start), Week(2, start.AddDays(7)), Week(3, start.AddDays(14)) }, ValueList<Checkbox>.Empty),
            new PlanPhase(2, "Features", "Reports", start.AddDays(21), start.AddDays(32), new[] { Week(4, start.AddDays(21)), Week(5, start.AddDays(28)) }, ValueList<Checkbox>.Empty),
        };
        return new GeneratedPlan(new PlanDocument(documents.Prd.Title, phases), template => Render(documents, answers, options, template));
    }

    private static string Render(DocumentSet documents, AnswerSet answers, PlanningOptions options, PlanTemplate? template)
    {
        if (template is not null && template.Text.Contains("{% broken", StringComparison.Ordinal))
        {
            throw new InvalidOperationException("Unknown tag 'broken' at (1:4)");
        }

        var text = new StringBuilder();
        text.Append("# Implementation Plan: ").Append(documents.Prd.Title).Append('\n');
        text.Append(template is null ? string.Empty : "<!-- custom template -->\n");
        text.Append("\nPlanned on ").Append(options.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append(".\n\n## Answers\n\n");
        foreach (var answer in answers.Answers)
        {
            text.Append("- ").Append(answer.QuestionId).Append(": ").Append(answer.Value.Display).Append(answer.Source == AnswerSource.Default ? " (assumed)" : string.Empty).Append('\n');
        }

        return text.ToString();
    }

    private static PlanWeek Week(int number, DateOnly start) => new(
        number,
        $"Week {number}",
        start,
        start.AddDays(4),
        ValueList<string>.Empty,
        ValueList<Checkbox>.Empty,
        ValueList<DemoScenario>.Empty,
        ValueList<Checkbox>.Empty,
        ValueList<string>.Empty);
}
