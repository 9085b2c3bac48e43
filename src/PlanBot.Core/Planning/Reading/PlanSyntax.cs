using System.Globalization;

namespace PlanBot.Core.Planning.Reading;

/// <summary>
/// The words of the plan format (docs/plan-format.md): phase and week headings with their date ranges, block
/// labels, the title prefix. Hand-written scanners rather than regular expressions, so the time is linear in the
/// text whatever a person typed.
/// </summary>
internal static class PlanSyntax
{
    private const string PhaseKeyword = "Phase";
    private const string WeekKeyword = "Week";
    private const string TitlePrefix = "Implementation Plan";
    private const string AcceptanceCriteria = "acceptance criteria";
    private const int MaxNumberDigits = 9;
    private const int DateLength = 10;

    // Longest first, so "->" is not read as "-" followed by ">".
    private static readonly string[] RangeArrows = ["→", "->", "–", "—", "-", "to"];

    private static readonly string[] BoldDelimiters = ["**", "__"];

    private static readonly Dictionary<string, PlanLabel> Labels = new(StringComparer.OrdinalIgnoreCase)
    {
        ["goal"] = PlanLabel.Goal,
        ["tasks"] = PlanLabel.Tasks,
        ["deliverables"] = PlanLabel.Deliverables,
        ["demo scenarios"] = PlanLabel.Demos,
        ["demo scenario"] = PlanLabel.Demos,
        ["demos"] = PlanLabel.Demos,
        ["demo"] = PlanLabel.Demos,
        ["acceptance criteria"] = PlanLabel.AcceptanceCriteria,
        ["delivers"] = PlanLabel.Delivers,
        // What the week's issue calls the same list, so a line copied from an issue works too.
        ["traces"] = PlanLabel.Delivers,
        ["why"] = PlanLabel.Why,
        ["needs"] = PlanLabel.Needs,
    };

    public static bool TryPhase(string heading, out PlanHeading phase) => TryNumbered(heading, PhaseKeyword, out phase);

    public static bool TryWeek(string heading, out PlanHeading week) => TryNumbered(heading, WeekKeyword, out week);

    /// <summary>
    /// The label named by <paramref name="words"/> (<c>Acceptance criteria:</c>, <c>tasks</c>,
    /// <c>Phase 2 acceptance criteria</c>), or <see cref="PlanLabel.None"/>.
    /// </summary>
    public static PlanLabel LabelOf(string words)
    {
        if (IsPhaseCriteria(words))
        {
            return PlanLabel.PhaseAcceptanceCriteria;
        }

        var key = string.Join(' ', words.Trim().TrimEnd(':').Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return Labels.GetValueOrDefault(key, PlanLabel.None);
    }

    /// <summary>
    /// A paragraph that starts with a bold label (<c>**Goal:** text</c>, <c>**Tasks**:</c>) or is only a label
    /// (<c>Tasks:</c>). <paramref name="rest"/> is what follows the label in the same paragraph.
    /// </summary>
    public static bool TryLabel(MarkedText paragraph, out PlanLabel label, out MarkedText rest)
    {
        label = PlanLabel.None;
        rest = MarkedText.Empty;
        var text = paragraph.Text;
        foreach (var delimiter in BoldDelimiters)
        {
            if (!paragraph.HasRaw(delimiter, 0))
            {
                continue;
            }

            var close = text.IndexOf(delimiter, delimiter.Length, StringComparison.Ordinal);
            if (close < 0 || !paragraph.HasRaw(delimiter, close))
            {
                return false;
            }

            label = LabelOf(text[delimiter.Length..close]);
            var after = close + delimiter.Length;
            rest = paragraph.From(paragraph.HasRaw(":", after) ? after + 1 : after);
            return label != PlanLabel.None;
        }

        label = text.EndsWith(':') ? LabelOf(text) : PlanLabel.None;
        return label != PlanLabel.None;
    }

    /// <summary>
    /// A demo title: the text inside the raw <c>**…**</c> (or <c>__…__</c>) around all of it, or the whole text
    /// (and false) when it is not bold.
    /// </summary>
    public static bool TryUnbold(MarkedText text, out string inner)
    {
        foreach (var delimiter in BoldDelimiters)
        {
            var close = text.Length - delimiter.Length;
            if (close > delimiter.Length && text.HasRaw(delimiter, 0) && text.HasRaw(delimiter, close))
            {
                inner = text.Text[delimiter.Length..close].Trim();
                return true;
            }
        }

        inner = text.Text;
        return false;
    }

    /// <summary>The plan title from the H1: without a leading <c>Implementation Plan:</c> (or <c>—</c>, <c>–</c>, <c>-</c>).</summary>
    public static string Title(string heading)
    {
        var text = heading.Trim();
        if (!text.StartsWith(TitlePrefix, StringComparison.OrdinalIgnoreCase))
        {
            return text;
        }

        var after = text.AsSpan(TitlePrefix.Length).TrimStart();
        return after.Length > 0 && IsSeparator(after[0]) ? after[1..].Trim().ToString() : text;
    }

    /// <summary><c>Phase 1 acceptance criteria</c>, <c>Phase acceptance criteria:</c>.</summary>
    private static bool IsPhaseCriteria(string heading)
    {
        var text = heading.AsSpan().Trim();
        if (!text.StartsWith(PhaseKeyword, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        text = text[PhaseKeyword.Length..].TrimStart();
        text = text[CountDigits(text)..].TrimStart().TrimEnd(':').TrimEnd();
        return text.Equals(AcceptanceCriteria, StringComparison.OrdinalIgnoreCase);
    }

    // "Phase 2: Name", "Phase 2 — Name", "Phase 2 - Name", "Phase 2", each optionally ending in "(start → due)".
    private static bool TryNumbered(string heading, string keyword, out PlanHeading result)
    {
        result = default;
        var text = heading.AsSpan().Trim();
        if (!text.StartsWith(keyword, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        text = text[keyword.Length..].TrimStart();
        var digits = CountDigits(text);
        if (digits is 0 or > MaxNumberDigits)
        {
            return false;
        }

        var number = int.Parse(text[..digits], NumberStyles.None, CultureInfo.InvariantCulture);
        text = text[digits..].TrimStart();
        if (text.Length > 0 && IsSeparator(text[0]))
        {
            text = text[1..].TrimStart();
        }
        else if (text.Length > 0 && text[0] != '(')
        {
            // "Phase 1 acceptance criteria", "Week 3rd", "Phase 1.1": not a heading of this kind.
            return false;
        }

        var dates = TrailingDates(text, out var name);
        result = new PlanHeading(number, name.ToString(), dates);
        return true;
    }

    // "(2027-01-04 → 2027-01-08)" at the end of the text; the arrow may also be "->", "–", "—", "-" or "to".
    private static DateRange? TrailingDates(ReadOnlySpan<char> text, out ReadOnlySpan<char> before)
    {
        before = text;
        var open = text.LastIndexOf('(');
        if (open < 0 || text[^1] != ')')
        {
            return null;
        }

        var inside = text[(open + 1)..^1].Trim();
        if (!TryDate(inside, out var start))
        {
            return null;
        }

        inside = inside[DateLength..].TrimStart();
        var arrow = ArrowAt(inside);
        if (arrow is null)
        {
            return null;
        }

        inside = inside[arrow.Length..].TrimStart();
        if (inside.Length != DateLength || !TryDate(inside, out var due))
        {
            return null;
        }

        before = text[..open].TrimEnd();
        return new DateRange(start, due);
    }

    private static string? ArrowAt(ReadOnlySpan<char> text)
    {
        foreach (var arrow in RangeArrows)
        {
            if (text.StartsWith(arrow, StringComparison.OrdinalIgnoreCase))
            {
                return arrow;
            }
        }

        return null;
    }

    private static bool TryDate(ReadOnlySpan<char> text, out DateOnly date)
    {
        date = default;
        return text.Length >= DateLength
            && DateOnly.TryParseExact(text[..DateLength], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }

    private static int CountDigits(ReadOnlySpan<char> text)
    {
        var count = 0;
        while (count < text.Length && char.IsAsciiDigit(text[count]))
        {
            count++;
        }

        return count;
    }

    private static bool IsSeparator(char c) => c is ':' or '-' or '–' or '—';
}
