using System.Text.RegularExpressions;
using PlanBot.Core.Text;

namespace PlanBot.Core.Scoping.Answers;

/// <summary>Reads a team: "4", "four people", "3 backend + 1 QA", "2 Go devs and 1 SRE".</summary>
internal static partial class TeamParser
{
    private static readonly HashSet<string> GenericMembers = new(StringComparer.OrdinalIgnoreCase)
    {
        "people", "person", "persons", "members", "member", "folks", "heads", "fte", "ftes", "in total", "total",
    };

    /// <summary>The largest team the planner takes seriously; anything bigger is a typo.</summary>
    private const int MaxSize = 1000;

    /// <returns>The team, or null with <paramref name="understood"/> naming the parts that did make sense.</returns>
    public static TeamValue? Parse(string raw, out string understood)
    {
        understood = string.Empty;
        var text = Prefix().Replace(raw.Trim(), string.Empty).Trim().TrimEnd('.');
        var roles = new List<TeamRole>();
        var read = new List<string>();
        var size = 0;
        var parts = Separators().Split(text).Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
        foreach (var part in parts)
        {
            var match = Member().Match(part);

            // "a QA" counts one in "2 backend and a QA", but "a handful" on its own is not a team.
            var article = match.Groups["n"].Value.ToLowerInvariant() is "a" or "an" && parts.Count == 1;
            if (!match.Success || article || !NumberWords.TryParse(match.Groups["n"].Value, out var count) || count != decimal.Truncate(count) || count < 1)
            {
                understood = string.Join(", ", read);
                return null;
            }

            var people = (int)Math.Min(count, MaxSize + 1);
            size += people;
            var role = match.Groups["role"].Value.Trim();
            read.Add($"{people} {role}".Trim());
            if (role.Length > 0 && !GenericMembers.Contains(role))
            {
                roles.Add(new TeamRole(role, people));
            }
        }

        understood = string.Join(", ", read);
        if (size < 1 || size > MaxSize)
        {
            return null;
        }

        // Generic words ("people") say nothing about skills: they add to the size without naming a role.
        var merged = roles.GroupBy(r => r.Role, StringComparer.OrdinalIgnoreCase)
            .Select(g => new TeamRole(g.First().Role, g.Sum(r => r.Count)))
            .ToValueList();
        return new TeamValue(size, merged);
    }

    [GeneratedRegex(@"^(?:(?:we\s+have|we\s+are|there\s+are|there\s+will\s+be)\s+)?(?:a\s+team\s+of\s+)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Prefix();

    [GeneratedRegex(@"\s*(?:\+|,|;|&|/|\r?\n|\band\b|\bplus\b|\bwith\b)\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Separators();

    [GeneratedRegex(@"^[-*•]?\s*(?<n>" + NumberWords.Pattern + @")" + NumberWords.RangeEnd + @"\s*(?:x\s+|×\s*)?(?<role>[^\d]*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Member();
}
