using System.Globalization;
using System.Text.RegularExpressions;

namespace PlanBot.Core.Documents.Analysis;

/// <summary>
/// Requirement ids as people write them: <c>FR-001</c>, <c>FR-1</c>, <c>NFR-03</c>, <c>US-01</c>, <c>US1</c>,
/// module-coded <c>PPL-01</c>/<c>PRL-13a</c>, Kiro's <c>Requirement 3</c>; and the prefixes that are not requirements
/// (risks R1, tasks T-001, decisions ADR-1, components C1, personas P1, metrics M1).
/// </summary>
internal static partial class RequirementIds
{
    private static readonly char[] Suffixes = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];

    private static readonly HashSet<string> FunctionalPrefixes = new(["FR", "RF", "REQ", "BR", "FEAT", "FN"], StringComparer.Ordinal);
    private static readonly HashSet<string> NonFunctionalPrefixes = new(["NFR", "RNF", "NF", "QR"], StringComparer.Ordinal);
    private static readonly HashSet<string> StoryPrefixes = new(["US", "HU", "UST", "STORY"], StringComparer.Ordinal);
    private static readonly HashSet<string> CriterionPrefixes = new(["AC", "CA"], StringComparer.Ordinal);

    private static readonly HashSet<string> OtherPrefixes = new(
        [
            "ADR", "AES", "CVE", "DX", "GATE", "HTTP", "ISO", "OQ", "PHASE", "PR", "RFC", "RISK", "SHA", "ST", "TASK", "TC", "TLS", "UTF",
        ],
        StringComparer.Ordinal);

    /// <summary>Reads an id at the very start of <paramref name="text"/> (after blanks, <c>[</c> or <c>*</c>).</summary>
    public static bool TryReadAtStart(string text, out RequirementId id)
    {
        var skip = 0;
        while (skip < text.Length && text[skip] is ' ' or '[' or '*' or '(')
        {
            skip++;
        }

        var rest = text.AsSpan(skip);

        // Asked of every paragraph, item, heading and cell, and few start with an id: the character and span tests allocate
        // nothing, and a Match (with its groups) is built only when there is one. Both patterns are anchored at the start (\G).
        var kiro = rest is ['R' or 'r', ..] && Numbered().IsMatch(rest) ? Numbered().Match(text, skip, text.Length - skip) : Match.Empty;
        if (kiro.Success)
        {
            id = new RequirementId($"Requirement {kiro.Groups["num"].Value}", IdKind.Functional, skip + kiro.Length);
            return true;
        }

        var match = MayBePrefixed(rest) && Prefixed().IsMatch(rest) ? Prefixed().Match(text, skip, text.Length - skip) : Match.Empty;
        if (!match.Success)
        {
            id = default;
            return false;
        }

        var prefix = match.Groups["prefix"].Value;
        var hyphenated = match.Groups["sep"].Length > 0;
        var kind = KindOf(prefix);
        if (!hyphenated && prefix.Length > 1 && kind is not (IdKind.Functional or IdKind.NonFunctional or IdKind.Story or IdKind.AcceptanceCriterion))
        {
            // "US1", "AC1" and "R1" are ids; "ABC1" is a word.
            id = default;
            return false;
        }

        id = new RequirementId(match.Value, kind, skip + match.Length);
        return true;
    }

    /// <summary>
    /// What <see cref="Prefixed"/> needs at the start: one to six capitals, then a hyphen or a digit. Most sentences start
    /// with a capitalised word ("The", "All"), which this turns away without running the pattern.
    /// </summary>
    private static bool MayBePrefixed(ReadOnlySpan<char> text)
    {
        var capitals = text.IndexOfAnyExceptInRange('A', 'Z');
        return capitals is >= 1 and <= 6 && (char.IsDigit(text[capitals]) || text[capitals] is '-' or '\u2010' or '\u2011');
    }

    /// <summary>Every id-like token in <paramref name="text"/>, as <see cref="Key"/>s (for acceptance criteria that name their requirement).</summary>
    public static IEnumerable<string> KeysIn(string text)
    {
        foreach (Match match in Anywhere().Matches(text))
        {
            yield return Key(match.Groups["prefix"].Value, match.Groups["num"].Value);
        }
    }

    /// <summary>A comparison key: <c>US1</c>, <c>US-01</c> and <c>us-1</c> are the same requirement.</summary>
    public static string Key(string id)
    {
        var match = Prefixed().Match(id.Trim().ToUpperInvariant());
        return match.Success && match.Length == id.Trim().Length
            ? Key(match.Groups["prefix"].Value, match.Groups["num"].Value)
            : id.Trim().ToUpperInvariant();
    }

    public static IdKind KindOf(string prefix) => prefix switch
    {
        _ when FunctionalPrefixes.Contains(prefix) => IdKind.Functional,
        _ when NonFunctionalPrefixes.Contains(prefix) => IdKind.NonFunctional,
        _ when StoryPrefixes.Contains(prefix) => IdKind.Story,
        _ when CriterionPrefixes.Contains(prefix) => IdKind.AcceptanceCriterion,
        // One letter (R1 risks, T-001 tasks, C1 components, P1 personas, M1 metrics, N-1 versions) never names a requirement.
        _ when prefix.Length is 1 or > 5 || OtherPrefixes.Contains(prefix) => IdKind.Other,
        _ => IdKind.DomainCoded,
    };

    private static string Key(string prefix, string number)
    {
        var digits = number.TrimEnd(Suffixes);
        var suffix = number[digits.Length..];
        return int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? string.Create(CultureInfo.InvariantCulture, $"{prefix.ToUpperInvariant()}-{value}{suffix}")
            : $"{prefix.ToUpperInvariant()}-{number}";
    }

    [GeneratedRegex(@"\G(?<prefix>[A-Z]{1,6})(?<sep>[-\u2010\u2011]?)(?<num>\d{1,4}[a-h]?)(?![\p{L}\p{N}_])", RegexOptions.CultureInvariant)]
    private static partial Regex Prefixed();

    [GeneratedRegex(@"\G(?:Requirement|Requisito|Requerimento)\s+(?<num>\d{1,4})(?![\p{L}\p{N}_])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Numbered();

    [GeneratedRegex(@"(?<![\p{L}\p{N}_-])(?<prefix>[A-Z]{2,5})-?(?<num>\d{1,4}[a-h]?)(?![\p{L}\p{N}_])", RegexOptions.CultureInvariant)]
    private static partial Regex Anywhere();
}
