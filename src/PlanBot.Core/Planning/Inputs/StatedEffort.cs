using PlanBot.Core.Scoping;
using PlanBot.Core.Scoping.Answers;

namespace PlanBot.Core.Planning.Inputs;

/// <summary>
/// The effort the team or the documents state for the whole work (<c>timeline.effort</c>), in the team's hours: a
/// number of weeks at the team's capacity, a number of days as working days (a fifth of the week each). It
/// calibrates PlanBot's own estimate, which keeps the proportions between the items. <see cref="Basis"/> says who
/// stated it: a line of the documents or an answer.
/// </summary>
internal sealed record StatedEffort(string Value, string Basis, int Hours)
{
    public static StatedEffort? Of(PlanAnswers answers, decimal weeklyHours)
    {
        var resolved = answers.Resolve(QuestionIds.Effort);
        if (resolved?.Value is not DurationValue duration)
        {
            return null;
        }

        // A duration keeps only its days: whole weeks were written as weeks ("2 weeks" is 14 days), anything else as
        // working days ("3 working days"), which is how estimates count them.
        var weeks = duration.Days % 7 == 0 ? duration.Days / 7m : duration.Days / 5m;
        var basis = resolved.IsDefault && resolved.Question.Stated is { } stated ? $"stated in {stated}" : $"answer {QuestionIds.Effort}";
        return new StatedEffort(duration.Display, basis, Math.Max(1, (int)Math.Round(weeks * weeklyHours)));
    }
}
