namespace PlanBot.Core.Documents.Analysis;

/// <summary>
/// User stories in the forms people write: "As a … I want … so that …", the Jobs-To-Be-Done "When …, I want …,
/// so …", and Portuguese "Como …, (eu) quero …, para (que) …". The story must open the text (after an id or a
/// "User Story:" label), so prose that happens to say "as a" is not a story. Plain index searches, no regex.
/// </summary>
internal static class StoryReader
{
    private static readonly StoryForm[] Forms =
    [
        new(["as a ", "as an "], [", i want ", " i want ", ", i need ", " i need ", ", i would like ", ", i'd like ", " i can "], [", so that ", " so that ", ", so "], false),
        new(["when "], [", i want ", ", we want "], [", so that ", " so that ", ", so ", " so "], true),
        new(["como um ", "como uma ", "como "], [", eu quero ", " eu quero ", ", quero ", " quero ", ", eu preciso ", " eu preciso "], [", para que ", " para que ", ", para ", " para "], false),
    ];

    private static readonly string[] Labels = ["user story", "story", "história de usuário", "história", "historia", "用户故事"];

    // How much of the text is folded to recognise a story's opening, and a label before it.
    private const int Opening = 8;
    private const int Window = 24;

    public static bool TryRead(string text, out StoryParts story)
    {
        story = default;
        var start = StartOf(text);
        if (start >= text.Length)
        {
            return false;
        }

        // Only a text that opens like a story is folded and searched; the opening is folded into a stack buffer (every
        // paragraph and item is asked, few are stories).
        if (!Opens(Folding.FoldOpening(text.AsSpan(start), stackalloc char[Opening])))
        {
            return false;
        }

        var folded = Folding.Fold(text);
        foreach (var form in Forms)
        {
            if (form.TryRead(text, folded, start, out story))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Skips an id (<c>US-01</c>), a label (<c>User Story:</c>) and the separators after them.</summary>
    private static int StartOf(string text)
    {
        var start = 0;
        if (RequirementIds.TryReadAtStart(text, out var id))
        {
            start = id.Length;
        }

        start = SkipSeparators(text, start);
        var folded = Folding.FoldOpening(text.AsSpan(start), stackalloc char[Window]);
        foreach (var label in Labels)
        {
            if (folded.StartsWith(label, StringComparison.Ordinal) && folded.Length > label.Length && folded[label.Length] is ':' or ' ' or '—' or '-')
            {
                return SkipSeparators(text, start + label.Length);
            }
        }

        return start;
    }

    private static bool Opens(ReadOnlySpan<char> folded)
    {
        foreach (var form in Forms)
        {
            if (form.Opens(folded))
            {
                return true;
            }
        }

        return false;
    }

    private static int SkipSeparators(string text, int start)
    {
        while (start < text.Length && (char.IsWhiteSpace(text[start]) || text[start] is ':' or '—' or '–' or '-' or '|' or '*' or '_' or '.' or ')'))
        {
            start++;
        }

        return start;
    }

    private sealed record StoryForm(string[] Openers, string[] WantMarkers, string[] BenefitMarkers, bool IsJob)
    {
        public bool Opens(ReadOnlySpan<char> folded)
        {
            foreach (var opener in Openers)
            {
                if (folded.StartsWith(opener, StringComparison.Ordinal) || opener.AsSpan().StartsWith(folded, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }

        public bool TryRead(string text, string folded, int start, out StoryParts story)
        {
            story = default;
            var opener = Openers.FirstOrDefault(o => string.CompareOrdinal(folded, start, o, 0, o.Length) == 0);
            if (opener is null)
            {
                return false;
            }

            var roleStart = start + opener.Length;
            var (wantAt, want) = First(folded, WantMarkers, roleStart);
            if (wantAt < 0)
            {
                return false;
            }

            var goalStart = wantAt + want.Length;
            if (folded.AsSpan(goalStart).StartsWith("to ", StringComparison.Ordinal))
            {
                goalStart += 3;
            }

            var (benefitAt, benefit) = First(folded, BenefitMarkers, goalStart);
            var role = Clean(text[roleStart..wantAt]);
            var goal = Clean(benefitAt < 0 ? text[goalStart..] : text[goalStart..benefitAt]);
            var why = benefitAt < 0 ? null : Clean(text[(benefitAt + benefit.Length)..]);
            if (role.Length == 0 || goal.Length == 0)
            {
                return false;
            }

            // A job has no persona: its situation ("when I think of something…") stands in for the role.
            story = new StoryParts(IsJob ? $"user, {Clean(text[start..wantAt])}" : role, goal, string.IsNullOrEmpty(why) ? null : why, start);
            return true;
        }

        private static (int At, string Marker) First(string folded, string[] markers, int from)
        {
            var best = (-1, string.Empty);
            foreach (var marker in markers)
            {
                var at = folded.IndexOf(marker, from, StringComparison.Ordinal);
                if (at >= 0 && (best.Item1 < 0 || at < best.Item1))
                {
                    best = (at, marker);
                }
            }

            return best;
        }

        private static string Clean(string part) => part.Trim().Trim('*', '_', ',', ';', ' ').TrimEnd('.', '!').Trim();
    }
}
