using PlanBot.Core.Documents;
using PlanBot.Core.Planning.Inputs;
using PlanBot.Core.Planning.Work;
using PlanBot.Core.Scoping;
using PlanBot.Core.Scoping.Answers;

namespace PlanBot.Core.Planning.Writing;

/// <summary>
/// What each answer changed in the plan: the "effect" column of the assumptions and the decision log. Every rule is
/// here and reads the finished work and schedule, so no section of the plan has to be written before another.
/// </summary>
internal static class AnswerEffects
{
    public static IReadOnlyDictionary<string, string> Of(PlanContext context) =>
        Effects(context)
            .GroupBy(e => e.Question, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => string.Join("; ", g.Select(e => e.Effect).Distinct(StringComparer.Ordinal)), StringComparer.OrdinalIgnoreCase);

    private static IEnumerable<(string Question, string Effect)> Effects(PlanContext context)
    {
        foreach (var effect in Calendar(context).Concat(Scope(context)).Concat(Work(context)).Concat(Risks(context)))
        {
            yield return effect;
        }
    }

    private static IEnumerable<(string Question, string Effect)> Calendar(PlanContext context)
    {
        var timeline = context.Timeline;
        yield return (QuestionIds.StartDate, timeline.RequestedStart is { } requested
            ? $"week 1 starts on Monday {Prose.Day(timeline.Start)} (the first Monday on or after {Prose.Day(requested)})"
            : $"week 1 starts on {Prose.Day(timeline.Start)}");

        var capacity = context.Capacity;
        var weekly = $"capacity {Prose.Number(capacity.TeamSize)} × {Prose.Hours(capacity.HoursPerPerson)} h = {Prose.Hours(capacity.WeeklyHours)} h/week";
        yield return (QuestionIds.TeamSize, weekly);
        yield return (QuestionIds.TeamHoursPerWeek, weekly);

        if (context.Breakdown.Stated is { } effort)
        {
            yield return (QuestionIds.Effort, $"PlanBot's estimate of {Prose.Thousands(context.Breakdown.EstimatedHours)} h scaled to {Prose.Thousands(effort.Hours)} h, each item keeping its share");
        }

        var allocation = context.Allocation;
        if (context.Timeline.Deadline is not null)
        {
            if (allocation.Fits)
            {
                yield return (QuestionIds.Deadline, $"met: the plan ends on {Prose.Day(allocation.End)}, {Prose.Count(allocation.BufferWeeks, "week")} of buffer");
            }
            else if (!allocation.MeetsDeadline)
            {
                yield return (QuestionIds.Deadline, "missed at this capacity: see the project risks for the cut that fits");
            }
        }
    }

    private static IEnumerable<(string Question, string Effect)> Scope(PlanContext context)
    {
        var breakdown = context.Breakdown;
        if (breakdown.Scopes.Any(s => s.Block.Requirement.Kind == RequirementKind.Functional))
        {
            var mvp = context.Requirements(RequirementScope.Mvp);
            yield return (QuestionIds.MvpScope, ScopeDecision.MvpAnswered(context.Inputs, context.Answers)
                ? $"must-haves {RequirementNames.List(mvp)} scheduled before any nice-to-have"
                : $"no requirement of the PRD chosen, so the PRD's priorities decide: {RequirementNames.List(mvp)}");
        }

        var kind = context.Inputs.Kind;
        if (kind.Where is null)
        {
            yield return (QuestionIds.ProjectKind, $"planned as {ProjectKindNames.Of(kind.Kind)}: week 1 sets up {Prose.Lower(context.Item(WorkKind.Foundation)?.Name ?? "nothing")}, and the project is {(kind.Deployed ? "deployed and operated" : "released")}");
        }
        else
        {
            yield return (QuestionIds.ProjectKind, $"planned as {ProjectKindNames.Of(kind.Kind)}, as {kind.Where} shows");
        }

        var later = context.Requirements(RequirementScope.NiceToHave);
        if (later.Count > 0)
        {
            yield return (QuestionIds.NiceToHave, $"{RequirementNames.List(later)} in {context.PhaseLabel(Stage.NiceToHave)}, after every must-have");
        }

        if (breakdown.Risky.TrimmedByDefault)
        {
            yield return (QuestionIds.RiskyIntegrations, $"by default only the {Prose.Number(breakdown.Risky.Names.Count)} most mentioned are treated as risky");
        }

        if (breakdown.Risky.Names.Count > 0)
        {
            yield return (QuestionIds.RiskyIntegrations, $"{Prose.Join(breakdown.Risky.Names)} prototyped or built in {context.PhaseLabel(Stage.Foundation)}");
        }
    }

    /// <summary>Answers the work items quote in their tasks and criteria, where the item that quotes them is planned.</summary>
    private static IEnumerable<(string Question, string Effect)> Work(PlanContext context)
    {
        var answers = context.Answers;
        var deployed = context.Item(WorkKind.Deployment) is not null;
        (string Question, string Effect, bool Planned)[] quoted =
        [
            (QuestionIds.QualityGates, "enforced by CI from week 1", true),
            (QuestionIds.MonitoringRollout, "logging and metrics in the week 1 skeleton, dashboards and alerts in the observability week", context.Inputs.Kind.Kind == ProjectKind.NewService && context.Item(WorkKind.Observability) is not null),
            (QuestionIds.PerformanceTesting, "tasks of the performance week", context.Item(WorkKind.Performance) is not null),
            (QuestionIds.OperationalNeeds, "tasks of the deployment week and the handover", deployed),
            (QuestionIds.DeploymentStrategy, "release pipeline of the deployment week and the deployment strategy", deployed),
            (QuestionIds.DeploymentStrategy, "tasks of the release", context.Item(WorkKind.Release) is not null),
            (QuestionIds.BackupRecovery, "backup and restore tasks of the deployment week", deployed && context.Breakdown.StoresData),
            (QuestionIds.Documentation, "tasks of the documentation week and the documentation progression", true),
            (QuestionIds.TestApproach, "testing strategy and testing standards", true),
            (QuestionIds.TeamExperience, "project risk table", true),
        ];
        foreach (var effect in quoted.Where(q => q.Planned && answers.Text(q.Question) is not null))
        {
            yield return (effect.Question, effect.Effect);
        }

        var unknowns = answers.Items(QuestionIds.Unknowns).Count;
        if (unknowns > 0)
        {
            yield return (QuestionIds.Unknowns, $"{Prose.Count(unknowns, "research spike")} in {context.PhaseLabel(Stage.Foundation)}");
        }

        if (answers.Items(QuestionIds.Milestones).Count > 0)
        {
            yield return (QuestionIds.Milestones, "tasks of the launch week");
        }

        if (answers.Items(QuestionIds.ExternalDependencies).Count > 0)
        {
            yield return (QuestionIds.ExternalDependencies, "project risks, one per dependency");
        }

        if (answers.Get<YesNoValue>(QuestionIds.TeamDomainExperts) is { } expert)
        {
            yield return (QuestionIds.TeamDomainExperts, expert.Yes ? "the domain expert reviews acceptance criteria and runbooks" : "project risk: no domain expert");
        }
    }

    private static IEnumerable<(string Question, string Effect)> Risks(PlanContext context)
    {
        var answers = context.Answers;
        if (answers.Items(QuestionIds.TechnicalRisks).Count > 0 || context.Inputs.Risks.Count > 0)
        {
            yield return (QuestionIds.TechnicalRisks, "rows of the technical risk table, each with the week that mitigates it");
        }

        if (RiskWriter.Hardest(answers).Count > 0)
        {
            yield return (QuestionIds.HardestTargets, "technical risks with the week that measures each target");
        }
        else if (context.Inputs.Targets.Count > 0)
        {
            yield return (QuestionIds.HardestTargets, "one technical risk for all the targets, measured in the performance week");
        }
    }
}
