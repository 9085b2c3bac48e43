using System.Globalization;
using PlanBot.Core.Documents;
using PlanBot.Core.Documents.Analysis;
using PlanBot.Core.Planning.Work;
using PlanBot.Core.Scoping;
using PlanBot.Core.Scoping.Answers;

namespace PlanBot.Core.Planning.Writing;

/// <summary>
/// The assumptions (every default the plan used, and the planner's own rules) and the decision log (every answer
/// given, who gave it, when, and what it changed: <see cref="AnswerEffects"/>).
/// </summary>
internal static class RecordWriter
{
    private const string NoEffect = "recorded; the generated plan does not depend on it";
    private const int MaxOutOfScopeLength = 90;

    public static ValueList<PlanAssumption> Assumptions(PlanContext context)
    {
        var answers = context.Answers;
        var effects = AnswerEffects.Of(context);
        var assumptions = new List<PlanAssumption>();
        foreach (var question in answers.Questionnaire.Questions)
        {
            var resolved = answers.Resolve(question.Id);
            if (resolved is null || !resolved.IsDefault)
            {
                continue;
            }

            var basis = resolved.Answer is { } accepted
                ? $"default, accepted by {accepted.Author} on {Day(accepted.At)}"
                : resolved.Value is null ? "not answered, and the default is not usable"
                : question.Stated is { } stated ? $"stated in {stated}" : "default: not answered";
            assumptions.Add(new PlanAssumption(question.Id, answers.Display(resolved), basis, Effect(effects, question.Id)));
        }

        var inputs = context.Inputs;
        var kind = inputs.Kind;
        assumptions.Add(new PlanAssumption(
            "project kind",
            ProjectKindNames.Of(kind.Kind),
            kind switch
            {
                { Where: null, Answered: true } => $"answer {QuestionIds.ProjectKind}",
                { Where: null } => $"{kind.Evidence}; the default of {QuestionIds.ProjectKind}",
                { Answered: true } => $"{kind.Where}: “{kind.Evidence}”, confirmed by answer {QuestionIds.ProjectKind}",
                _ => $"{kind.Where}: “{kind.Evidence}”",
            },
            $"week 1 sets up: {context.Item(WorkKind.Foundation)?.Name ?? "nothing"}"));
        assumptions.Add(context.Breakdown.Stated is { } effort
            ? new PlanAssumption(
                "effort",
                $"{effort.Value} of work in total",
                effort.Basis,
                $"{effort.Value} at {Prose.Hours(context.Capacity.WeeklyHours)} h/week = {Prose.Thousands(effort.Hours)} h; PlanBot's estimate of {Prose.Thousands(context.Breakdown.EstimatedHours)} h scaled to it, each item keeping its share")
            : new PlanAssumption("effort", Estimates.Describe(), "PlanBot's estimate model", $"{Prose.Thousands(context.Allocation.Hours)} h of work in total"));
        if (context.Breakdown.Phases is { } phases)
        {
            assumptions.Add(new PlanAssumption(
                "phases",
                Prose.Join(phases.Phases.Select(p => p.Value.Weeks is { } weeks ? $"{DocumentPhases.Name(p.Value)} ({Prose.Count(weeks, "week")})" : DocumentPhases.Name(p.Value))),
                $"stated in {phases.Where}",
                context.Breakdown.Stated is null
                    ? $"the plan's phases, in this order; each phase with a length holds that many weeks at {Prose.Hours(context.Capacity.WeeklyHours)} h/week, PlanBot's estimate of its items scaled to it ({Prose.Thousands(context.Breakdown.EstimatedHours)} h in all before, {Prose.Thousands(context.Allocation.Hours)} h after)"
                    : "the plan's phases, in this order; the stated effort, not the phases' lengths, sets the total"));
        }

        assumptions.Add(new PlanAssumption("capacity", "every stated hour is development time (no focus factor)", "PlanBot", $"{context.Capacity.Team} × {Prose.Hours(context.Capacity.HoursPerPerson)} h/week = {Prose.Hours(context.Capacity.WeeklyHours)} h/week"));
        assumptions.Add(new PlanAssumption("calendar", "weeks run Monday to Friday; holidays and absences are not modelled", "PlanBot", "every week is due on a Friday"));
        if (context.Timeline.RequestedStart is { } requested)
        {
            assumptions.Add(new PlanAssumption("start date", $"Monday {Prose.Day(context.Timeline.Start)}", $"{Prose.Day(requested)} is not a Monday", "week 1 starts on the next Monday"));
        }

        if (!inputs.Requirements.Any())
        {
            assumptions.Add(new PlanAssumption("requirements", inputs.Stories.Count > 0 ? "the PRD's user stories are the features" : "none found in the PRD", "document analysis",
                inputs.Stories.Count > 0 ? $"{Prose.Count(inputs.Stories.Count, "story", "stories")} scheduled as must-haves" : "the plan holds the foundation and cross-cutting work only"));
        }

        foreach (var cycle in context.Breakdown.Cycles)
        {
            assumptions.Add(new PlanAssumption("dependency cycle", string.Join(" → ", cycle.Append(cycle[0]).Select(i => i.Name)), "the documents", "scheduled as found; say which comes first"));
        }

        // What the documents leave out is listed, one row per section, so nobody reads its absence as an oversight.
        foreach (var section in inputs.OutOfScope.GroupBy(o => (o.Document, Section: inputs.SectionAt(o.Document, o.Line))))
        {
            var lines = section.Select(o => o.Line).ToList();
            var where = lines.Min() == lines.Max() ? Source.Describe(section.Key.Document, lines[0]) : $"{Source.Name(section.Key.Document)} lines {lines.Min()}–{lines.Max()}";
            assumptions.Add(new PlanAssumption(
                "out of scope",
                string.Join("; ", section.Select(o => Prose.Short(TitleText.FirstSentence(o.Value.Text).TrimEnd('.'), MaxOutOfScopeLength))),
                section.Key.Section is { } title ? $"{where} (§ {title})" : where,
                "not planned"));
        }

        foreach (var constraint in inputs.Constraints)
        {
            assumptions.Add(new PlanAssumption("constraint", constraint.Value.Text, $"{constraint.Where}", $"{Prose.Join(constraint.Value.Excludes)} not planned"));
        }

        if (inputs.Endpoints.Count == 0)
        {
            assumptions.Add(new PlanAssumption("endpoints", "none found in the TRD", "document analysis", "no curl demo scenarios: demos only use endpoints the TRD names"));
        }

        if (inputs.Targets.Count == 0)
        {
            assumptions.Add(new PlanAssumption("performance targets", "none found in the documents", "document analysis", context.Item(WorkKind.Performance) is null
                ? "no load tests: nothing to measure and no endpoint to load"
                : $"the {Measurement.For(inputs.Kind).Tests} set a baseline instead of proving targets"));
        }

        return assumptions.ToValueList();
    }

    public static ValueList<PlanDecision> Decisions(PlanContext context)
    {
        var answers = context.Answers;
        var effects = AnswerEffects.Of(context);
        var decisions = new List<PlanDecision>();
        foreach (var question in answers.Questionnaire.Questions)
        {
            var answer = answers.Answers.Find(question.Id);
            if (answer is null || answer.Source == AnswerSource.Default)
            {
                continue;
            }

            var shown = answers.Display(answers.Resolve(question.Id)!);
            decisions.Add(new PlanDecision(question.Id, question.Prompt, shown, answer.Author, answer.At, answer.Source, Effect(effects, question.Id)));
        }

        return decisions.ToValueList();
    }

    private static string Effect(IReadOnlyDictionary<string, string> effects, string questionId) =>
        effects.TryGetValue(questionId, out var effect) ? effect : NoEffect;

    private static string Day(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
