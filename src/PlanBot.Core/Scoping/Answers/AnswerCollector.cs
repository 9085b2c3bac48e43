using PlanBot.Core.Rendering;
using PlanBot.Core.Text;

namespace PlanBot.Core.Scoping.Answers;

/// <summary>
/// Normalises raw answers against the questionnaire and merges them into the answers so far. Unknown
/// question ids and unusable values come back as findings; the previous answer for that question stays.
/// </summary>
public sealed class AnswerCollector
{
    /// <summary>Beyond this a per-person week is not sustainable, so the plan built on it would be fiction.</summary>
    private const decimal MaxHoursPerPerson = 80;

    private readonly AnswerNormalizer normalizer = new();

    public AnswerCollection Collect(
        ValueList<RawAnswer> raws,
        Questionnaire questionnaire,
        AnswerSet existing,
        string author,
        DateTimeOffset at)
    {
        var today = DateOnly.FromDateTime(at.DateTime);
        var answers = existing;
        var findings = new List<AnswerFinding>();
        foreach (var raw in raws)
        {
            var question = questionnaire.Find(raw.QuestionId.Trim());
            if (question is null)
            {
                findings.Add(Unknown(raw.QuestionId, questionnaire));
                continue;
            }

            var normalized = normalizer.Normalize(question, raw.Raw, today);
            if (normalized.Value is null)
            {
                findings.Add(normalized.Problem ?? new AnswerFinding(question.Id, AnswerFindingKind.Unclear, $"{MarkdownText.Code(question.Id)}: I could not use this answer."));
                continue;
            }

            answers = answers.With(new Answer(question.Id, raw.Raw.Trim(), normalized.Value, raw.Source, author, at));
        }

        findings.AddRange(Contradictions(answers, today));
        return new AnswerCollection(answers, findings.ToValueList());
    }

    /// <summary>
    /// <c>/planbot skip &lt;id&gt;</c>: the question takes its default, recorded as an assumption
    /// (<see cref="AnswerSource.Default"/>) rather than as somebody's answer.
    /// </summary>
    public AnswerCollection Skip(string questionId, Questionnaire questionnaire, AnswerSet existing, string author, DateTimeOffset at)
    {
        var question = questionnaire.Find(questionId.Trim());
        if (question is null)
        {
            return new AnswerCollection(existing, new[] { Unknown(questionId, questionnaire) });
        }

        var today = DateOnly.FromDateTime(at.DateTime);
        var normalized = question.Default is null ? null : normalizer.Normalize(question, question.Default, today);
        if (normalized?.Value is null)
        {
            var finding = new AnswerFinding(question.Id, AnswerFindingKind.Invalid, $"{MarkdownText.Code(question.Id)} has no usable default, so it cannot be skipped; please answer it.");
            return new AnswerCollection(existing, new[] { finding });
        }

        var answers = existing.With(new Answer(question.Id, question.Default!, normalized.Value, AnswerSource.Default, author, at));
        return new AnswerCollection(answers, Contradictions(answers, today).ToValueList());
    }

    /// <summary>
    /// Every unanswered question with a usable default takes it (<c>/planbot generate</c> before all answers are in);
    /// the plan lists these as assumptions, made on behalf of <paramref name="author"/>.
    /// </summary>
    public AnswerSet FillDefaults(Questionnaire questionnaire, AnswerSet existing, string author, DateTimeOffset at)
    {
        var today = DateOnly.FromDateTime(at.DateTime);
        var answers = existing;
        foreach (var question in questionnaire.Questions.Where(q => q.Default is not null && existing.Find(q.Id) is null))
        {
            if (normalizer.Normalize(question, question.Default!, today).Value is { } value)
            {
                answers = answers.With(new Answer(question.Id, question.Default!, value, AnswerSource.Default, author, at));
            }
        }

        return answers;
    }

    private static AnswerFinding Unknown(string id, Questionnaire questionnaire)
    {
        var suggestion = Suggestions.Closest(id.Trim(), questionnaire.Questions.Select(q => q.Id));
        var hint = suggestion is null ? " The scoping comment lists the question ids." : $" Did you mean {MarkdownText.Code(suggestion)}?";
        return new AnswerFinding(id.Trim(), AnswerFindingKind.Invalid, $"There is no question {MarkdownText.Code(id)}.{hint}");
    }

    private static IEnumerable<AnswerFinding> Contradictions(AnswerSet answers, DateOnly today)
    {
        var start = answers.Get<DateValue>(QuestionIds.StartDate)?.Date;
        var deadline = answers.Get<DateValue>(QuestionIds.Deadline)?.Date;
        if (start is not null && deadline is not null && start > deadline)
        {
            yield return new AnswerFinding(QuestionIds.Deadline, AnswerFindingKind.Contradiction,
                $"The deadline ({Day(deadline.Value)}) is before the start date ({Day(start.Value)}).");
        }

        if (deadline is not null && deadline < today)
        {
            yield return new AnswerFinding(QuestionIds.Deadline, AnswerFindingKind.Contradiction,
                $"The deadline ({Day(deadline.Value)}) is already in the past (today is {Day(today)}).");
        }

        var hours = answers.Get<HoursValue>(QuestionIds.TeamHoursPerWeek);
        var size = answers.Get<TeamValue>(QuestionIds.TeamSize)?.Size;
        var perPerson = hours switch
        {
            { Basis: HoursBasis.PerPerson } => hours.Hours,
            { Basis: HoursBasis.PerTeam } when size is > 0 => hours.Hours / size.Value,
            _ => (decimal?)null,
        };
        if (perPerson > MaxHoursPerPerson)
        {
            yield return new AnswerFinding(QuestionIds.TeamHoursPerWeek, AnswerFindingKind.Contradiction,
                $"That is {decimal.Round(perPerson.Value, 1).ToString(System.Globalization.CultureInfo.InvariantCulture)} hours a week per person, more than {MaxHoursPerPerson.ToString(System.Globalization.CultureInfo.InvariantCulture)}; the plan would not be sustainable.");
        }
    }

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
