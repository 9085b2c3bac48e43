using System.Text.RegularExpressions;

namespace PlanBot.Core.Scoping.Answers;

/// <summary>Splits a list answer: one item per line or bullet, else separated by ";", else by ",".</summary>
internal static partial class ListParser
{
    private static readonly HashSet<string> Nothing = new(StringComparer.OrdinalIgnoreCase)
    {
        "none", "n/a", "na", "nothing", "no", "-", "—", "nil", "null", "nobody", "no one", "none so far", "not applicable", "not yet",
    };

    public static bool IsNothing(string raw) => Nothing.Contains(raw.Trim().TrimEnd('.', '!'));

    /// <param name="commas">Whether commas separate items even when lines or semicolons already do.</param>
    public static ValueList<string> Split(string raw, bool commas)
    {
        if (IsNothing(raw))
        {
            return ValueList<string>.Empty;
        }

        var lines = raw.Split('\n').Select(Clean).Where(l => l.Length > 0).ToList();
        var parts = lines.SelectMany(l => l.Split(';')).Select(Clean).Where(p => p.Length > 0).ToList();
        if (commas || parts.Count == 1)
        {
            parts = parts.SelectMany(p => p.Split(',')).Select(Clean).Where(p => p.Length > 0).ToList();
        }

        return parts.Where(p => !IsNothing(p)).Distinct(StringComparer.OrdinalIgnoreCase).ToValueList();
    }

    private static string Clean(string item) => Bullet().Replace(item.Trim(), string.Empty).Trim();

    [GeneratedRegex(@"^(?:(?:[-*+•]|\d{1,3}[.)])\s+)?(?:\[[ xX]\]\s+)?")]
    private static partial Regex Bullet();
}
