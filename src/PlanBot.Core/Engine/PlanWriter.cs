using System.Globalization;
using PlanBot.Core.Planning;
using PlanBot.Core.Scoping;
using PlanBot.Core.Scoping.Answers;

namespace PlanBot.Core.Engine;

/// <summary>
/// Writes <c>IMPLEMENTATION_PLAN.md</c> from <see cref="PlanInputs"/>, the one way both the App and the command line
/// do it, so <c>planbot plan</c> prints the bytes the App commits: unanswered questions take their defaults (the
/// plan's assumptions), the repository's phase names and working hours shape the schedule, and a repository template
/// that cannot render the plan (an unknown variable, a step limit) leaves it to the built-in one.
/// </summary>
public sealed class PlanWriter(IPlanEngine engine)
{
    private readonly AnswerCollector collector = new();

    public WrittenPlan Write(PlanInputs inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var (questionnaire, given) = (inputs.Questionnaire, inputs.Answers);
        var answers = collector.FillDefaults(questionnaire, given, inputs.Author, inputs.PlannedAt);
        var assumptions = questionnaire.Questions
            .Where(q => given.Find(q.Id) is null)
            .Select(q => answers.Find(q.Id) is { } answer ? new Assumption(q.Id, Displayed(q, answer)) : null)
            .OfType<Assumption>()
            .ToValueList();
        var config = inputs.Config;
        var options = new PlanningOptions(DateOnly.FromDateTime(inputs.PlannedAt.UtcDateTime), config.PhaseNames, config.HoursPerPersonPerWeek);
        var plan = engine.Plan(inputs.Documents, questionnaire, answers, options);
        if (inputs.Template is not { } template)
        {
            return new WrittenPlan(plan, plan.Render(null), assumptions, null);
        }

        try
        {
            return new WrittenPlan(plan, plan.Render(template), assumptions, null);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return new WrittenPlan(plan, plan.Render(null), assumptions, e.Message);
        }
    }

    /// <summary>
    /// An assumption as people read it: the ticked choices of a multiple-choice question by their labels, which start
    /// with the key when it means something (<c>FR-005 — …</c>) and quote the target when it does not (<c>target-3</c>).
    /// </summary>
    private static string Displayed(Question question, Answer answer)
    {
        if (question.Choices.Count == 0 || answer.Value is not ListValue { Items.Count: > 0 } list)
        {
            return answer.Raw;
        }

        const int Shown = 3;
        var labels = list.Items
            .Select(key => question.Choices.FirstOrDefault(c => string.Equals(c.Key, key, StringComparison.OrdinalIgnoreCase)) is { } choice
                ? choice.Label.TrimEnd('.')
                : key)
            .ToList();
        return labels.Count <= Shown + 1
            ? string.Join("; ", labels)
            : string.Create(CultureInfo.InvariantCulture, $"{string.Join("; ", labels.Take(Shown))} and {labels.Count - Shown} more");
    }
}
