using PlanBot.Core.Scoping;
using PlanBot.Core.Scoping.Answers;

namespace PlanBot.Core.Planning.Inputs;

/// <summary>
/// The answers as the planner sees them: every question resolved to its answer or its default.
/// </summary>
internal sealed class PlanAnswers
{
    private readonly Questionnaire questionnaire;
    private readonly AnswerSet answers;
    private readonly DateOnly today;
    private readonly AnswerNormalizer normalizer = new();
    private readonly Dictionary<string, ResolvedAnswer> resolved = new(StringComparer.OrdinalIgnoreCase);

    public PlanAnswers(Questionnaire questionnaire, AnswerSet answers, DateOnly today)
    {
        this.questionnaire = questionnaire;
        this.answers = answers;
        this.today = today;
    }

    public Questionnaire Questionnaire => questionnaire;

    public AnswerSet Answers => answers;

    public ResolvedAnswer? Resolve(string questionId)
    {
        if (resolved.TryGetValue(questionId, out var known))
        {
            return known;
        }

        var question = questionnaire.Find(questionId);
        if (question is null)
        {
            return null;
        }

        var answer = answers.Find(question.Id);
        var value = answer?.Value ?? (question.Default is null ? null : normalizer.Normalize(question, question.Default, today).Value);
        var result = new ResolvedAnswer(question, value, answer);
        resolved[questionId] = result;
        return result;
    }

    public T? Get<T>(string questionId)
        where T : AnswerValue => Resolve(questionId)?.Value as T;

    /// <summary>A free-text answer, or null for none / "none".</summary>
    public string? Text(string questionId)
    {
        var value = Resolve(questionId)?.Value;
        var text = value switch
        {
            null => null,
            ListValue list => list.Items.Count == 0 ? null : string.Join("; ", list.Items),
            _ => value.Display,
        };
        return string.IsNullOrWhiteSpace(text) || ListParser.IsNothing(text) ? null : text.Trim();
    }

    /// <summary>
    /// The items of a list answer. For a multiple-choice question whose labels do not start with their keys (the
    /// quoted performance targets, keyed <c>target-1</c>…), the labels: the text people ticked.
    /// </summary>
    public IReadOnlyList<string> Items(string questionId)
    {
        var resolvedAnswer = Resolve(questionId);
        if (resolvedAnswer?.Value is not ListValue list)
        {
            return resolvedAnswer?.Value is TextValue text && !ListParser.IsNothing(text.Text) ? [text.Text.Trim()] : [];
        }

        return list.Items.Where(i => !string.IsNullOrWhiteSpace(i) && !ListParser.IsNothing(i))
            .Select(i => Label(resolvedAnswer.Question, i.Trim()))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
    }

    /// <summary>How the plan shows an answer: list answers with their choice labels where the keys are not readable.</summary>
    public string Display(ResolvedAnswer resolvedAnswer) =>
        resolvedAnswer.Value is ListValue { Items.Count: > 0 } ? string.Join(", ", Items(resolvedAnswer.Question.Id)) : resolvedAnswer.Display;

    private static string Label(Question question, string key)
    {
        var choice = question.Choices.FirstOrDefault(c => string.Equals(c.Key, key, StringComparison.OrdinalIgnoreCase));
        return choice is null || choice.Label.StartsWith(choice.Key, StringComparison.OrdinalIgnoreCase) ? key : choice.Label.Trim();
    }
}
