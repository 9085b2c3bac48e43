using PlanBot.Core.Documents.Analysis;
using PlanBot.Core.Rendering;

namespace PlanBot.Core.Scoping.Answers;

/// <summary>
/// Stored choice answers re-read against a new questionnaire (the documents or the configuration changed). A key that
/// is still a choice stays. Another is followed to its new key: by the title of the choice it named in the previous
/// questionnaire, then by the key a choice had before (<see cref="QuestionChoice.FormerKey"/>), then by a requirement's
/// key without the suffix it had while its title collided with another's. A key that leads nowhere is dropped from the
/// answer and reported, so the scoping comment says the answer no longer matches instead of the plan silently ignoring
/// it; an answer left with no key is removed, and its question is open again.
/// </summary>
public static class AnswerRebase
{
    public static AnswerCollection Apply(AnswerSet answers, Questionnaire? previous, Questionnaire questionnaire)
    {
        var rebased = answers;
        var findings = new List<AnswerFinding>();
        foreach (var answer in answers.Answers)
        {
            if (answer.Value is not ListValue list || questionnaire.Find(answer.QuestionId) is not { Choices.Count: > 0 } question)
            {
                continue;
            }

            var before = previous?.Find(answer.QuestionId)?.Choices ?? ValueList<QuestionChoice>.Empty;
            var kept = new List<string>();
            var lost = new List<string>();
            foreach (var item in list.Items)
            {
                var choice = Follow(item, before, question.Choices);
                (choice is null ? lost : kept).Add(choice?.Key ?? item);
            }

            if (lost.Count == 0 && kept.SequenceEqual(list.Items, StringComparer.Ordinal))
            {
                continue;
            }

            var keys = question.Choices.Select(c => c.Key).Where(k => kept.Contains(k, StringComparer.OrdinalIgnoreCase)).ToValueList();
            rebased = keys.Count == 0 && lost.Count > 0 ? rebased.Without(answer.QuestionId) : rebased.With(answer with { Value = new ListValue(keys) });
            if (lost.Count > 0)
            {
                var them = lost.Count == 1 ? "matches a choice" : "match any choice";
                var rest = keys.Count == 0 ? string.Empty : $"; I kept {string.Join(", ", keys)}";
                findings.Add(new AnswerFinding(
                    question.Id,
                    AnswerFindingKind.Invalid,
                    $"{MarkdownText.Code(question.Id)}: {string.Join(", ", lost.Select(MarkdownText.Code))} no longer {them} after the documents changed{rest}. Tick the boxes again or answer with the titles."));
            }
        }

        return new AnswerCollection(rebased, findings.ToValueList());
    }

    private static QuestionChoice? Follow(string item, ValueList<QuestionChoice> before, ValueList<QuestionChoice> choices)
    {
        var same = choices.FirstOrDefault(c => string.Equals(c.Key, item, StringComparison.OrdinalIgnoreCase));
        if (same is not null)
        {
            return same;
        }

        if (before.FirstOrDefault(c => string.Equals(c.Key, item, StringComparison.OrdinalIgnoreCase)) is { } old)
        {
            var title = QuestionnaireBuilder.TitleOf(old);
            var titled = choices.Where(c => string.Equals(QuestionnaireBuilder.TitleOf(c), title, StringComparison.OrdinalIgnoreCase)).Take(2).ToList();
            if (titled.Count == 1)
            {
                return titled[0];
            }
        }

        return choices.FirstOrDefault(c => string.Equals(c.FormerKey, item, StringComparison.OrdinalIgnoreCase))
            ?? choices.FirstOrDefault(c => string.Equals(c.Key, TitleKeys.Unsuffixed(item), StringComparison.OrdinalIgnoreCase));
    }
}
