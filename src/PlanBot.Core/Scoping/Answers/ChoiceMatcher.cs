using System.Text.RegularExpressions;

namespace PlanBot.Core.Scoping.Answers;

/// <summary>Matches typed items ("FR-001", "fr-1 — Login", the label itself, a former key, "all", "none") to a question's choices.</summary>
internal static partial class ChoiceMatcher
{
    /// <returns>The matched keys in the choices' order; <paramref name="unknown"/> holds the items that matched nothing.</returns>
    public static ValueList<string> Match(Question question, string raw, out ValueList<string> unknown)
    {
        var items = ListParser.Split(raw, commas: true);
        var matched = new HashSet<string>(StringComparer.Ordinal);
        var missed = new List<string>();
        foreach (var item in items)
        {
            if (string.Equals(item, "all", StringComparison.OrdinalIgnoreCase) || string.Equals(item, "all of them", StringComparison.OrdinalIgnoreCase))
            {
                matched.UnionWith(question.Choices.Select(c => c.Key));
                continue;
            }

            var choice = Find(question, item);
            if (choice is null)
            {
                missed.Add(item);
            }
            else
            {
                matched.Add(choice.Key);
            }
        }

        unknown = missed.ToValueList();
        return question.Choices.Select(c => c.Key).Where(matched.Contains).ToValueList();
    }

    private static QuestionChoice? Find(Question question, string item)
    {
        var wanted = Simplify(item);
        return question.Choices.FirstOrDefault(c => string.Equals(c.Key, item, StringComparison.OrdinalIgnoreCase))
            ?? question.Choices.FirstOrDefault(c => string.Equals(c.FormerKey, item, StringComparison.OrdinalIgnoreCase))
            ?? question.Choices.FirstOrDefault(c => Simplify(c.Label) == wanted || Simplify(c.Key) == wanted)
            ?? question.Choices
                .Where(c => item.StartsWith(c.Key, StringComparison.OrdinalIgnoreCase) && (item.Length == c.Key.Length || !char.IsLetterOrDigit(item[c.Key.Length])))
                .OrderByDescending(c => c.Key.Length)
                .FirstOrDefault()
            ?? ByTitle(question, wanted);
    }

    /// <summary>"Import bank statements" for the label "FR-001 — Import bank statements", when only one label ends so.</summary>
    private static QuestionChoice? ByTitle(Question question, string wanted)
    {
        var candidates = wanted.Length < 4 ? [] : question.Choices.Where(c => Simplify(c.Label).EndsWith(wanted, StringComparison.Ordinal)).Take(2).ToList();
        return candidates.Count == 1 ? candidates[0] : null;
    }

    /// <summary>Case, spacing, markup and dash style do not distinguish one choice from another.</summary>
    private static string Simplify(string text) => Markup().Replace(text.ToLowerInvariant(), string.Empty);

    [GeneratedRegex(@"[\s*_`~\\—–-]+")]
    private static partial Regex Markup();
}
