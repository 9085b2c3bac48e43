using System.Globalization;
using PlanBot.Core.Rendering;
using PlanBot.Core.Text;

namespace PlanBot.Core.Scoping.Answers;

/// <summary>Turns raw text into a typed value for the question's type. Never throws: what it cannot read becomes a finding.</summary>
public sealed class AnswerNormalizer
{
    /// <summary>Longer answers are pasted documents, not answers; refusing them keeps the scoping comment readable.</summary>
    private const int MaxLength = 4000;

    private const int QuoteLength = 60;

    /// <param name="today">Resolves relative answers ("next Monday", "in 2 weeks").</param>
    public NormalizedAnswer Normalize(Question question, string raw, DateOnly today)
    {
        var text = (raw ?? string.Empty).Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
        if (text.Length == 0)
        {
            return Problem(question, AnswerFindingKind.Unclear, "the answer is empty.");
        }

        if (text.Length > MaxLength)
        {
            return Problem(question, AnswerFindingKind.Invalid, string.Create(CultureInfo.InvariantCulture, $"the answer is {text.Length} characters long; keep it under {MaxLength}."));
        }

        try
        {
            return ByType(question, text, today);
        }
        catch (ArgumentOutOfRangeException)
        {
            // Relative dates near the end of the calendar overflow DateOnly; that is a bad answer, never a crash.
            return Problem(question, AnswerFindingKind.Invalid, $"“{Quote(text)}” is out of range.");
        }
    }

    private static NormalizedAnswer ByType(Question question, string text, DateOnly today)
    {
        // "none" to an optional deadline means there is none; the planner reads the absent date as exactly that.
        if (!question.Required && (question.Type is AnswerType.Date or AnswerType.Duration or AnswerType.Integer) && ListParser.IsNothing(text))
        {
            return Value(new TextValue("none"));
        }

        switch (question.Type)
        {
            case AnswerType.Integer:
                return Integer(text) is { } number ? Value(new NumberValue(number)) : NotRead(question, text, "a whole number");
            case AnswerType.TeamComposition:
                var team = TeamParser.Parse(text, out var understood);
                return team is not null ? Value(team)
                    : understood.Length > 0
                        ? Problem(question, AnswerFindingKind.Unclear, $"I understood “{Quote(understood)}” but not all of “{Quote(text)}”.")
                        : NotRead(question, text, "a team");
            case AnswerType.HoursPerWeek:
                return HoursParser.Parse(text) is { } hours ? Value(hours) : NotRead(question, text, "weekly hours");
            case AnswerType.Date:
                var preferEnd = !string.Equals(question.Id, QuestionIds.StartDate, StringComparison.OrdinalIgnoreCase);
                if (DateParser.Parse(text, today, preferEnd) is { } date)
                {
                    return Value(new DateValue(date));
                }

                return IsDeadline(question) && DurationParser.Parse(text) is { } span
                    ? Value(span)
                    : NotRead(question, text, IsDeadline(question) ? "a date or a duration" : "a date");
            case AnswerType.Duration:
                return DurationParser.Parse(text) is { } duration ? Value(duration) : NotRead(question, text, "a duration");
            case AnswerType.YesNo:
                return YesNoParser.Parse(text) is { } yesNo ? Value(yesNo) : NotRead(question, text, "yes or no");
            case AnswerType.List:
                return Value(new ListValue(ListParser.Split(text, commas: false)));
            case AnswerType.MultipleChoice or AnswerType.SingleChoice:
                return Choices(question, text);
            default:
                return Value(new TextValue(text));
        }
    }

    private static NormalizedAnswer Choices(Question question, string text)
    {
        if (question.Choices.Count == 0)
        {
            return Value(new ListValue(ListParser.Split(text, commas: true)));
        }

        var keys = ChoiceMatcher.Match(question, text, out var unknown);
        if (question.AcceptsOther)
        {
            return Value(new ListValue(keys.Concat(unknown.Where(u => !ListParser.IsNothing(u))).ToValueList()));
        }

        if (unknown.Count > 0)
        {
            var known = keys.Count == 0 ? string.Empty : $" I recognised {string.Join(", ", keys)}.";
            var options = string.Join(", ", question.Choices.Take(6).Select(c => c.Key)) + (question.Choices.Count > 6 ? ", …" : string.Empty);
            return Problem(question, AnswerFindingKind.Invalid, $"“{Quote(string.Join(", ", unknown))}” is not one of the choices ({options}).{known}");
        }

        if (question.Type == AnswerType.SingleChoice && keys.Count != 1)
        {
            return Problem(question, AnswerFindingKind.Unclear, $"pick exactly one choice; “{Quote(text)}” names {keys.Count}.");
        }

        return Value(new ListValue(keys));
    }

    /// <summary>The one number in the text ("about 12 of them"); articles do not count, two numbers are ambiguous.</summary>
    private static decimal? Integer(string text)
    {
        var numbers = new List<decimal>();
        foreach (var token in text.Split([' ', '\t', '\n', '~', '≈'], StringSplitOptions.RemoveEmptyEntries))
        {
            var word = token.Trim('.', ',', '!', '(', ')');
            if (!string.Equals(word, "a", StringComparison.OrdinalIgnoreCase) && !string.Equals(word, "an", StringComparison.OrdinalIgnoreCase)
                && NumberWords.TryParse(word, out var number))
            {
                numbers.Add(number);
            }
        }

        return numbers.Count == 1 && numbers[0] == decimal.Truncate(numbers[0]) ? numbers[0] : null;
    }

    private static bool IsDeadline(Question question) =>
        string.Equals(question.Id, QuestionIds.Deadline, StringComparison.OrdinalIgnoreCase);

    private static NormalizedAnswer NotRead(Question question, string text, string what) =>
        Problem(question, AnswerFindingKind.Unclear, $"I could not read “{Quote(text)}” as {what}.");

    private static NormalizedAnswer Problem(Question question, AnswerFindingKind kind, string message) =>
        new(null, new AnswerFinding(question.Id, kind, $"{MarkdownText.Code(question.Id)}: {message} Example: {MarkdownText.Code($"{question.Id}: {Example(question)}")}"));

    private static NormalizedAnswer Value(AnswerValue value) => new(value, null);

    private static string Example(Question question) => question.Type switch
    {
        AnswerType.Integer => "4",
        AnswerType.TeamComposition => "3 backend + 1 QA",
        AnswerType.HoursPerWeek => "30 hours per person",
        AnswerType.Date when IsDeadline(question) => "2027-03-31 (or 12 weeks)",
        AnswerType.Date => "2027-03-31",
        AnswerType.Duration => "12 weeks",
        AnswerType.YesNo => "yes, Ana knows Midaz",
        AnswerType.List => "first item; second item",
        AnswerType.MultipleChoice or AnswerType.SingleChoice when question.Choices.Count > 0 =>
            string.Join(", ", question.Choices.Take(question.Type == AnswerType.SingleChoice ? 1 : 2).Select(c => c.Key)),
        AnswerType.MultipleChoice or AnswerType.SingleChoice => "first item, second item",
        _ => question.Default ?? "a short sentence",
    };

    private static string Quote(string text)
    {
        // Findings are shown as Markdown in the scoping comment, so the quoted answer is escaped here.
        var line = text.Replace('\n', ' ');
        return MarkdownText.Escape(line.Length <= QuoteLength ? line : string.Concat(line.AsSpan(0, QuoteLength), "…"));
    }
}
