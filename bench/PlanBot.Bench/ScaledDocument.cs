using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace PlanBot.Bench;

/// <summary>
/// A large but realistic document made from a small one: the body (everything after the title) is repeated
/// with every id, endpoint and table renumbered per copy, so a big input still has distinct requirements
/// instead of one requirement many times. Deterministic: the same input and size give the same text.
/// </summary>
public static partial class ScaledDocument
{
    public static string Grow(string markdown, int targetBytes)
    {
        var titleEnd = markdown.IndexOf('\n', StringComparison.Ordinal) + 1;
        var title = markdown[..titleEnd];
        var body = markdown[titleEnd..];
        var text = new StringBuilder(targetBytes + body.Length).Append(title).Append(body);
        for (var copy = 1; Encoding.UTF8.GetByteCount(text.ToString()) < targetBytes; copy++)
        {
            text.Append('\n').Append(Renumber(body, copy));
        }

        return text.ToString();
    }

    private static string Renumber(string body, int copy)
    {
        var renumbered = Id().Replace(body, m => string.Create(
            CultureInfo.InvariantCulture,
            $"{m.Groups[1].Value}-{(copy * 1000) + int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture):0000}"));
        renumbered = ApiPath().Replace(renumbered, m => string.Create(CultureInfo.InvariantCulture, $"/v1/c{copy}/{m.Groups[1].Value}"));
        return Table().Replace(renumbered, m => string.Create(CultureInfo.InvariantCulture, $"CREATE TABLE {m.Groups[1].Value}_{copy}"));
    }

    [GeneratedRegex(@"\b(FR|NFR|US)-(\d{3})\b")]
    private static partial Regex Id();

    [GeneratedRegex(@"/v1/([a-z])")]
    private static partial Regex ApiPath();

    [GeneratedRegex(@"CREATE TABLE (\w+)")]
    private static partial Regex Table();
}
