using System.Globalization;
using System.Text.RegularExpressions;
using PlanBot.Core.Planning;
using PlanBot.Core.Scoping.Answers;

namespace PlanBot.Core.Rendering.View;

/// <summary>
/// Turns the plan into the template's view: the one place where plan text is escaped for Markdown, so the built-in
/// template and a repository's own are equally safe.
/// </summary>
internal static partial class PlanViewBuilder
{
    private const int GanttLabelLength = 60;

    public static PlanView Build(ImplementationPlan plan)
    {
        var summary = plan.Summary;
        var document = plan.Document;
        return new PlanView(
            Text(document.Title),
            new SummaryView(
                Text(summary.Product),
                Day(summary.Start),
                Day(summary.End),
                summary.Weeks,
                document.Phases.Count,
                Text(summary.Team),
                summary.TeamSize,
                Number(summary.CapacityHours),
                summary.EffortHours.ToString("#,0", CultureInfo.InvariantCulture),
                summary.Complexity.ToString(),
                Text(summary.ComplexityReason),
                Text(summary.BusinessValue),
                summary.Deadline is not null,
                summary.Deadline is { } deadline ? Day(deadline) : string.Empty,
                summary.FitsDeadline,
                summary.OverflowHours > 0,
                summary.OverflowHours.ToString("#,0", CultureInfo.InvariantCulture),
                summary.Milestones.Select(Text).ToList()),
            Points(plan.Philosophy),
            Points(plan.SuccessCriteria),
            document.Phases.Select(Phase).ToList(),
            Topics(plan.CrossPhase),
            Topics(plan.DevelopmentStandards),
            Risks(plan.TechnicalRisks),
            Risks(plan.ProjectRisks),
            Topics(plan.SuccessMetrics),
            Topics(plan.DeploymentStrategy),
            Topics(plan.Handover),
            plan.Assumptions.Select(a => new AssumptionView(Text(a.Topic), Text(a.Value), Text(a.Basis), Text(a.Effect))).ToList(),
            plan.Decisions.Select(Decision).ToList(),
            plan.Traceability.Where(r => r.Kind == TraceKind.Requirement).Select(Row).ToList(),
            plan.Traceability.Where(r => r.Kind != TraceKind.Requirement).Select(Row).ToList(),
            Gantt(plan));
    }

    /// <summary>A trace as the <c>Delivers</c> line shows it: endpoints and table names as code, the rest escaped.</summary>
    internal static string Trace(string trace)
    {
        var text = trace.Trim();
        if (Endpoint().IsMatch(text))
        {
            return MarkdownText.Code(text);
        }

        return text.StartsWith("table ", StringComparison.Ordinal) ? "table " + MarkdownText.Code(text[6..]) : Text(text);
    }

    private static PhaseView Phase(PlanPhase phase) => new(
        phase.Number,
        Text(phase.Name),
        Text(phase.Goal),
        Day(phase.Start),
        Day(phase.Due),
        phase.Weeks.Select(Week).ToList(),
        Boxes(phase.AcceptanceCriteria));

    private static WeekView Week(PlanWeek week)
    {
        var traces = week.Traces.Where(t => !string.IsNullOrWhiteSpace(t)).Select(Trace).ToList();
        return new WeekView(
            week.Number,
            Text(week.Title),
            Day(week.Start),
            Day(week.Due),
            string.Join(", ", traces),
            traces,
            week.Reasons.Select(Text).ToList(),
            week.Needs.Select(Text).ToList(),
            week.Tasks.Select(Text).ToList(),
            Boxes(week.Deliverables),
            week.Demos.Select(Demo).ToList(),
            Boxes(week.AcceptanceCriteria));
    }

    private static DemoView Demo(DemoScenario demo)
    {
        var lines = demo.Commands.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Trim('\n').Split('\n');
        return new DemoView(Text(demo.Title), string.Join('\n', lines), lines, MarkdownText.Fence(demo.Commands));
    }

    private static List<CheckboxView> Boxes(IEnumerable<Checkbox> boxes) =>
        boxes.Select(b => new CheckboxView(Text(b.Text), b.Checked, b.Checked ? "x" : " ")).ToList();

    private static List<PointView> Points(IEnumerable<PlanPoint> points) =>
        points.Select(p => new PointView(p.Label.Trim().Length > 0, Text(p.Label), Text(p.Text))).ToList();

    private static List<TopicView> Topics(IEnumerable<PlanTopic> topics) =>
        topics.Select(t => new TopicView(Text(t.Title), Points(t.Points))).ToList();

    private static List<RiskView> Risks(IEnumerable<PlanRisk> risks) =>
        risks.Select(r => new RiskView(Text(r.Risk), r.Probability.ToString(), r.Impact.ToString(), Text(r.Mitigation), Text(r.Source))).ToList();

    private static DecisionView Decision(PlanDecision decision) => new(
        Text(decision.QuestionId),
        Text(decision.Question),
        Text(decision.Answer),
        Text(decision.Author),
        decision.At.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + " UTC",
        decision.Source switch
        {
            AnswerSource.FillInBlock => "fill-in block",
            AnswerSource.QuoteReply => "quote reply",
            AnswerSource.Command => "command",
            AnswerSource.Checkbox => "checkboxes",
            AnswerSource.File => "answers file",
            _ => "default",
        },
        Text(decision.Effect));

    private static TraceRowView Row(TraceabilityRow row) => new(
        row.Kind switch
        {
            TraceKind.Requirement => "Requirement",
            TraceKind.Endpoint => "Endpoint",
            TraceKind.Table => "Table",
            TraceKind.Integration => "Integration",
            TraceKind.UserStory => "User story",
            TraceKind.AcceptanceCriterion => "Acceptance criterion",
            _ => "Performance target",
        },
        Text(row.Item),
        Text(row.Description),
        Text(row.Source),
        Text(row.Scope),
        row.Weeks.Count > 0,
        row.Weeks.Count > 0 ? string.Join(", ", row.Weeks.Select(w => "Week " + w.ToString(CultureInfo.InvariantCulture))) : "not planned");

    private static GanttView Gantt(ImplementationPlan plan)
    {
        var sections = plan.Document.Phases.Select(phase => new GanttSectionView(
            Mermaid($"Phase {phase.Number.ToString(CultureInfo.InvariantCulture)} {phase.Name}"),
            phase.Weeks.Select(week => new GanttTaskView(
                Mermaid($"Week {week.Number.ToString(CultureInfo.InvariantCulture)} {week.Title}"),
                "w" + week.Number.ToString(CultureInfo.InvariantCulture),
                Day(week.Start),
                week.Due.DayNumber - week.Start.DayNumber + 1)).ToList())).ToList();
        var deadline = plan.Summary.Deadline;
        return new GanttView(Mermaid(plan.Document.Title), sections, deadline is not null, deadline is { } day ? Day(day) : string.Empty);
    }

    /// <summary>A Gantt label: one line, nothing Mermaid reads as syntax, short enough to fit a bar.</summary>
    private static string Mermaid(string text)
    {
        // A title read back from a plan keeps the zero-width spaces that neutralised it; they are dropped so that
        // PlainLine neutralises the text the same way whether it comes from the documents or from a plan file.
        var plain = MermaidSyntax().Replace(MarkdownText.PlainLine(text.Replace("\u200B", string.Empty, StringComparison.Ordinal)), " ");
        var line = Spaces().Replace(plain, " ").Trim();
        return line.Length <= GanttLabelLength ? line : string.Concat(line.AsSpan(0, GanttLabelLength - 1).TrimEnd(), "…");
    }

    private static string Text(string text) => MarkdownText.Escape(text);

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Number(decimal value) => decimal.Round(value, 1).ToString("#,0.#", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^[A-Z]+ /\S*$")]
    private static partial Regex Endpoint();

    [GeneratedRegex(@"[:;#%{}\[\]<>""']")]
    private static partial Regex MermaidSyntax();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
