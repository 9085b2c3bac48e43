using System.Globalization;
using System.Text.RegularExpressions;

namespace PlanBot.Core.Documents.Analysis;

/// <summary>
/// Suggested phases and milestones: "Phase 1 — App Shell (2 weeks)", "Fase 2: …", "Milestone 3", a row of a roadmap
/// table, an entry of a timeline section. The name stops at the first parenthesis or colon; weeks come from
/// "2 weeks", "3–4 semanas" (the upper bound) or months (four weeks each).
/// </summary>
internal static partial class PhaseReader
{
    private static readonly char[] NameEnd = ['—', '–', '-', ',', '.', ' ', '*'];

    /// <summary>
    /// Whether <paramref name="text"/>, outside a timeline section, proposes a delivery phase: a phase label ("Phase 1",
    /// "Milestone 2", "Sprint 3") with a duration. Without one it is more often a stage of a process ("Phase 1: Work Item Discovery").
    /// </summary>
    public static bool IsDeliveryPhase(string text) => Label().IsMatch(text) && WeeksIn(text) is not null;

    /// <summary>The phase named by <paramref name="text"/> (its <paramref name="lead"/>, when bold, names it).</summary>
    public static SuggestedPhase? Read(string text, string? lead, int line)
    {
        var source = string.IsNullOrWhiteSpace(lead) ? text : lead;
        var name = NameOf(source);
        if (name.Length == 0)
        {
            return null;
        }

        return new SuggestedPhase(name, WeeksIn(text), line, WorkOf(text, source, name));
    }

    /// <summary>
    /// What the phase does: the text after its bold lead, or after its name, its duration in parentheses and the colon
    /// ("Phase 1 — App Shell (2 weeks): @main App, …" → "@main App, …"; "Projects list (filters, views)" → "filters, views").
    /// </summary>
    private static string WorkOf(string text, string source, string name)
    {
        var after = !ReferenceEquals(source, text) && text.StartsWith(source, StringComparison.Ordinal) ? source.Length
            : text.IndexOf(name, StringComparison.Ordinal) is >= 0 and var at ? at + name.Length
            : text.Length;
        var rest = text[after..].TrimStart();
        if (rest.StartsWith('(') && rest.IndexOf(')') is > 0 and var close)
        {
            // "(2 weeks)" says how long; "(login, register, JWT integration)" what it does.
            var inside = rest[1..close];
            rest = WeeksIn(inside) is null ? $"{inside} {rest[(close + 1)..]}" : rest[(close + 1)..];
        }

        rest = rest.TrimStart(':', '：', '—', '–', '-', '*', ' ').Trim();

        // A roadmap row's other cell may be only its length ("| Milestone 3 — Launch | 1 month |").
        return IsOnlyLength(rest) ? string.Empty : rest;
    }

    private static bool IsOnlyLength(string text) =>
        Weeks().Match(text) is { Success: true } weeks && weeks.Length == text.Length
        || Months().Match(text) is { Success: true } months && months.Length == text.Length;

    /// <summary>"Phase 1 — App Shell" → "App Shell"; a name that is only its label ("Milestone 3") stays as it is.</summary>
    public static string WithoutLabel(string name)
    {
        var label = Label().Match(name);
        var rest = label.Success ? name[label.Length..].TrimStart(':', '：', '—', '–', '-', '.', ' ').Trim() : name;
        return rest.Length > 0 ? rest : name.Trim();
    }

    private static string NameOf(string text)
    {
        // "Phase 1: Core Payroll" names the phase after the colon; "Phase 1 — Foundation (3 weeks): …" stops at the parenthesis.
        var label = Label().Match(text);
        var from = label.Success && text.AsSpan(label.Length).TrimStart().StartsWith(":") ? text.IndexOf(':', label.Length) + 1 : 0;
        var end = text.Length;
        foreach (var stop in (ReadOnlySpan<char>)['(', '（', ':', '：'])
        {
            var at = text.IndexOf(stop, from);
            if (at > 0 && at < end)
            {
                end = at;
            }
        }

        var name = text[..end].Trim().TrimEnd(NameEnd).Trim();
        return name.Length > 120 ? name[..120].TrimEnd() + "…" : name;
    }

    private static int? WeeksIn(string text)
    {
        var weeks = Weeks().Match(text);
        if (weeks.Success)
        {
            return Number(weeks.Groups["to"].Success ? weeks.Groups["to"].Value : weeks.Groups["n"].Value);
        }

        var months = Months().Match(text);
        return months.Success && Number(months.Groups["n"].Value) is { } count ? count * 4 : null;
    }

    private static int? Number(string digits) =>
        int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value is > 0 and <= 520 ? value : null;

    [GeneratedRegex(@"^\W{0,3}(?:Phase|Fase|Stage|Etapa|Milestone|Marco|Sprint|Iteration|Iteração|阶段)\s*[0-9]{1,2}[a-z]?\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Label();

    [GeneratedRegex(@"(?<![\d.])(?<n>\d{1,3})(?:\s?[-–—]\s?(?<to>\d{1,3}))?\s?(?:weeks?|wks?|semanas?|周|星期)(?![\p{L}])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Weeks();

    [GeneratedRegex(@"(?<![\d.])(?<n>\d{1,2})\s?(?:months?|meses|mês|个月)(?![\p{L}])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Months();
}
