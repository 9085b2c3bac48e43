using System.Text.RegularExpressions;

namespace PlanBot.Core.Documents.Analysis;

/// <summary>Priorities as written — P0–P3, MoSCoW ("Must Have"), critical/high/medium/low, Portuguese — normalised to MoSCoW.</summary>
internal static partial class PriorityReader
{
    // Trim sets as fields, not argument lists: a params char[] is a new array on every call, and these run per heading and cell.
    private static readonly char[] Decoration = [' ', '*', '_', '`', '(', ')', '[', ']', ':', '.'];

    private static readonly (string Word, Priority Priority)[] Words =
    [
        ("must", Priority.MustHave), ("should", Priority.ShouldHave), ("could", Priority.CouldHave),
        ("won't", Priority.WontHave), ("wont", Priority.WontHave), ("will not", Priority.WontHave),
        ("nice to have", Priority.CouldHave), ("nice-to-have", Priority.CouldHave),
        ("critical", Priority.MustHave), ("crítica", Priority.MustHave), ("crítico", Priority.MustHave), ("blocker", Priority.MustHave),
        ("highest", Priority.MustHave), ("high", Priority.MustHave), ("alta", Priority.MustHave), ("alto", Priority.MustHave),
        ("mandatory", Priority.MustHave), ("obrigatório", Priority.MustHave), ("essencial", Priority.MustHave), ("essential", Priority.MustHave),
        ("medium", Priority.ShouldHave), ("média", Priority.ShouldHave), ("media", Priority.ShouldHave), ("médio", Priority.ShouldHave),
        ("normal", Priority.ShouldHave), ("desejável", Priority.ShouldHave),
        ("lowest", Priority.CouldHave), ("low", Priority.CouldHave), ("baixa", Priority.CouldHave), ("baixo", Priority.CouldHave),
        ("optional", Priority.CouldHave), ("opcional", Priority.CouldHave),
    ];

    /// <summary>A text that is a priority and nothing much else: a table cell, the value of <c>**Priority:**</c>.</summary>
    public static Priority Parse(string text)
    {
        var folded = Folding.Fold(text).Trim(Decoration);
        // "p0"…"p4" at the start: the level is the match's last character, read without building a Match.
        foreach (var level in Level().EnumerateMatches(folded))
        {
            return FromLevel(folded[level.Index + level.Length - 1]);
        }

        foreach (var (word, priority) in Words)
        {
            if (folded.StartsWith(word, StringComparison.Ordinal)
                && (folded.Length == word.Length || !char.IsLetter(folded[word.Length])))
            {
                return priority;
            }
        }

        return Priority.Unspecified;
    }

    /// <summary>An explicit marker inside longer text: <c>(P0)</c>, <c>Must Have</c>, <c>Priority: high</c>.</summary>
    public static Priority Find(string text)
    {
        // Most text names no priority: the test allocates nothing, the Match only when there is a marker.
        var marker = Marker().IsMatch(text) ? Marker().Match(text) : Match.Empty;
        if (!marker.Success)
        {
            return Priority.Unspecified;
        }

        return marker.Groups["n"].Success ? FromLevel(marker.Groups["n"].Value[0]) : Parse(marker.Groups["word"].Value);
    }

    private static Priority FromLevel(char level) => level switch
    {
        '0' => Priority.MustHave,
        '1' => Priority.ShouldHave,
        '4' => Priority.WontHave,
        _ => Priority.CouldHave,
    };

    [GeneratedRegex(@"^p\s?(?<n>[0-4])(?![\d.])", RegexOptions.CultureInvariant)]
    private static partial Regex Level();

    [GeneratedRegex(
        @"\bP(?<n>[0-4])\b(?![.,]\d)|(?<word>\b(?:must|should|could|won'?t)[ -]have\b|\bnice[ -]to[ -]have\b)|(?:priority|prioridade)\s*[:=]\s*(?<word>\w+)",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Marker();
}
