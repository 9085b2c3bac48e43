using System.Globalization;
using System.Text.RegularExpressions;
using Scriban.Parsing;
using Scriban.Syntax;

namespace PlanBot.Core.Rendering;

/// <summary>
/// Scriban's errors as one line ending with the position in the written template, <c>… at (line:column)</c>. A
/// missing member or function is said the way a template writer thinks of it: <c>Unknown variable 'plan.nme' at
/// (2:4)</c> (Scriban names only the last segment, at its own column), <c>Unknown filter 'date_fmt' at (1:25)</c>; a
/// limit or a refused include says what the template did, not which of Scriban's settings stopped it.
/// </summary>
internal static partial class TemplateErrors
{
    public static string Syntax(CompiledTemplate template, LogMessage error) => At(Sentence(error.Message), template, error.Span.Start.Offset);

    public static string Runtime(CompiledTemplate template, ScriptRuntimeException e)
    {
        var offset = e.Span.Start.Offset;
        var message = e.OriginalMessage;
        if (MissingMember().Match(message) is { Success: true } member)
        {
            return Unknown(template, offset, member.Groups[1].Value);
        }

        if (MissingName().Match(message) is { Success: true } name)
        {
            var missing = name.Groups[1].Value;
            return IsFilter(template.Text, offset) ? At($"Unknown filter '{missing}'", template, offset) : Unknown(template, offset, missing);
        }

        return At(Refusal(message) ?? Sentence(message), template, offset);
    }

    /// <summary>Names the member path the missing name ends (<c>plan.phases[0].nme</c>), from where the path starts.</summary>
    private static string Unknown(CompiledTemplate template, int offset, string name)
    {
        var text = template.Text;
        if (offset < 0 || offset + name.Length > text.Length || string.CompareOrdinal(text, offset, name, 0, name.Length) != 0)
        {
            return At($"Unknown variable '{name}'", template, offset);
        }

        var from = offset;
        while (from > 0 && (char.IsLetterOrDigit(text[from - 1]) || text[from - 1] is '_' or '.' or '[' or ']'))
        {
            from--;
        }

        return At($"Unknown variable '{text[from..(offset + name.Length)]}'", template, from);
    }

    /// <summary>A filter is a name right after a pipe.</summary>
    private static bool IsFilter(string text, int offset)
    {
        var before = offset - 1;
        while (before >= 0 && text[before] is ' ' or '\t')
        {
            before--;
        }

        return before >= 0 && text[before] == '|';
    }

    private static string? Refusal(string message) =>
        message.Contains("No TemplateLoader", StringComparison.Ordinal) ? "a template cannot include other files"
        : message.Contains("Range expression", StringComparison.Ordinal) ? string.Create(CultureInfo.InvariantCulture, $"a range longer than {PlanRenderer.MaxSteps:#,0} numbers (a plan needs far fewer)")
        : message.Contains("iteration limit", StringComparison.Ordinal) ? string.Create(CultureInfo.InvariantCulture, $"the template looped more than {PlanRenderer.MaxSteps:#,0} times (a loop too long for a plan)")
        : message.Contains("LimitToString", StringComparison.Ordinal) ? string.Create(CultureInfo.InvariantCulture, $"a text longer than {PlanRenderer.MaxOutputChars:#,0} characters (far more than any plan)")
        : null;

    private static string Sentence(string message)
    {
        var end = message.IndexOfAny(['\r', '\n']);
        return (end < 0 ? message : message[..end]).Trim().TrimEnd('.');
    }

    private static string At(string message, CompiledTemplate template, int offset) => $"{message} at {template.Position(offset)}";

    [GeneratedRegex(@"^Cannot get member with name (.+?)\.?$")]
    private static partial Regex MissingMember();

    [GeneratedRegex(@"^The variable or function `(.+)` was not found")]
    private static partial Regex MissingName();
}
