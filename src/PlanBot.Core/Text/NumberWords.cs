using System.Globalization;

namespace PlanBot.Core.Text;

/// <summary>Reads a count written as digits ("4", "1.5") or as an English word ("four", "a", "half").</summary>
internal static class NumberWords
{
    private static readonly Dictionary<string, decimal> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        ["a"] = 1, ["an"] = 1, ["one"] = 1, ["single"] = 1, ["two"] = 2, ["couple"] = 2, ["three"] = 3, ["four"] = 4,
        ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11,
        ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14, ["fifteen"] = 15, ["sixteen"] = 16,
        ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20, ["thirty"] = 30,
        ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["half"] = 0.5m, ["dozen"] = 12,
    };

    /// <summary>The largest count any answer may carry; bigger numbers are typos and would overflow date arithmetic.</summary>
    public const decimal Limit = 100_000;

    public static bool TryParse(string token, out decimal value)
    {
        var text = token.Trim();
        if (decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value))
        {
            return value <= Limit;
        }

        if (text.Contains(',', StringComparison.Ordinal)
            && decimal.TryParse(text.Replace(",", ".", StringComparison.Ordinal), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value))
        {
            // "1,5" is how half of Europe writes 1.5.
            return value <= Limit;
        }

        return Words.TryGetValue(text, out value);
    }

    /// <summary>
    /// A range ("3-4", "8 to 10") after a count. Ranges read as their lower bound: less capacity, less time and
    /// fewer people are the readings a plan can still keep.
    /// </summary>
    public const string RangeEnd = @"(?:\s*(?:-|–|to)\s*(?<![\p{L}\d])\d+(?:[.,]\d+)?)?";

    /// <summary>The regex fragment that matches what <see cref="TryParse"/> reads.</summary>
    public const string Pattern =
        @"(?<![\p{L}\d])(?:\d+(?:[.,]\d+)?|(?:an?|one|single|two|couple|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|half|dozen)(?!\p{L}))";
}
