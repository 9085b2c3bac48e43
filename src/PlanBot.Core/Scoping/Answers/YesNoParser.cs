using System.Text.RegularExpressions;

namespace PlanBot.Core.Scoping.Answers;

/// <summary>Reads "yes", "y", "nope", "yes, Ana knows Midaz" (the detail is kept).</summary>
internal static partial class YesNoParser
{
    private static readonly HashSet<string> Yes = new(StringComparer.OrdinalIgnoreCase)
    {
        "yes", "y", "yeah", "yep", "yup", "sure", "true", "ok", "okay", "definitely", "absolutely", "affirmative", "correct", "indeed", "si", "sim",
    };

    private static readonly HashSet<string> No = new(StringComparer.OrdinalIgnoreCase)
    {
        "no", "n", "nope", "nah", "false", "none", "nobody", "negative", "not", "never", "nao", "não",
    };

    public static YesNoValue? Parse(string raw)
    {
        var match = Shape().Match(raw.Trim());
        if (!match.Success)
        {
            return null;
        }

        var word = match.Groups["word"].Value;
        var detail = match.Groups["detail"].Value.Trim().TrimEnd(')').Trim();
        var yes = Yes.Contains(word);
        if (!yes && !No.Contains(word))
        {
            return null;
        }

        return new YesNoValue(yes, detail.Length == 0 ? null : detail);
    }

    [GeneratedRegex(@"^(?<word>[\p{L}]+)[!.]*(?:(?:\s*[,;:\-–—(]+\s*|\s+)(?<detail>.*))?$", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex Shape();
}
