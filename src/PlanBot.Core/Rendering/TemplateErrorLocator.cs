using System.Text.RegularExpressions;

namespace PlanBot.Core.Rendering;

/// <summary>
/// Fluid names an undefined variable by its last segment only (<c>Undefined variable 'nme'</c>) and without a
/// position. This finds where the template uses it: the first Liquid tag or output whose member path has that
/// segment (or, for a filter, that filter), and reports the path up to it with its line and column.
/// </summary>
internal static partial class TemplateErrorLocator
{
    public static string Describe(string template, string fluidMessage)
    {
        var message = FirstLine(fluidMessage);
        var undefined = Undefined().Match(message);
        if (!undefined.Success)
        {
            return message;
        }

        var isFilter = string.Equals(undefined.Groups[1].Value, "filter", StringComparison.Ordinal);
        var name = undefined.Groups[2].Value;
        foreach (Match block in Block().Matches(template))
        {
            var code = StringLiteral().Replace(block.Groups[1].Value, m => new string(' ', m.Length));
            var offset = block.Groups[1].Index;
            if (isFilter)
            {
                var filter = Filter().Matches(code).FirstOrDefault(m => string.Equals(m.Groups[1].Value, name, StringComparison.Ordinal));
                if (filter is not null)
                {
                    return $"Unknown filter '{name}' at {Position(template, offset + filter.Groups[1].Index)}";
                }

                continue;
            }

            foreach (Match path in MemberPath().Matches(code))
            {
                if (path.Index > 0 && code[..path.Index].TrimEnd().EndsWith('|'))
                {
                    continue;
                }

                var segments = Segment().Matches(path.Value).Select(s => s.Value).ToList();
                var at = segments.FindIndex(s => string.Equals(s, name, StringComparison.Ordinal));
                if (at >= 0)
                {
                    return $"Unknown variable '{string.Join('.', segments.Take(at + 1))}' at {Position(template, offset + path.Index)}";
                }
            }
        }

        return $"Unknown {undefined.Groups[1].Value} '{name}'";
    }

    public static string FirstLine(string message)
    {
        var end = message.IndexOfAny(['\r', '\n']);
        return (end < 0 ? message : message[..end]).Trim();
    }

    private static string Position(string text, int index)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < index && i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return $"({line}:{index - lineStart + 1})";
    }

    [GeneratedRegex(@"^Undefined (variable|filter) '(.*)'")]
    private static partial Regex Undefined();

    [GeneratedRegex(@"\{[{%]-?(.*?)-?[%}]\}", RegexOptions.Singleline)]
    private static partial Regex Block();

    [GeneratedRegex(@"'[^']*'|""[^""]*""")]
    private static partial Regex StringLiteral();

    [GeneratedRegex(@"\|\s*([A-Za-z_][\w-]*)")]
    private static partial Regex Filter();

    [GeneratedRegex(@"(?<![\w.\]])[A-Za-z_][\w-]*(?:\s*\.\s*[A-Za-z_][\w-]*|\s*\[[^\]]*\])*")]
    private static partial Regex MemberPath();

    [GeneratedRegex(@"[A-Za-z_][\w-]*|\[[^\]]*\]")]
    private static partial Regex Segment();
}
