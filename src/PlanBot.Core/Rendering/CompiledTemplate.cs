using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Scriban;
using Scriban.Parsing;

namespace PlanBot.Core.Rendering;

/// <summary>
/// A template parsed by Scriban, and the way back from the offsets in Scriban's errors to the line and column the
/// writer sees. Liquid is first adjusted where Scriban reads it differently from PlanBot's earlier renderer (Fluid,
/// set up non-greedy), so templates written for it render the same: a whitespace dash trims to the end of its line
/// only (<c>-%}</c> removes the blanks after it and one line break, <c>{%-</c> the blanks before it on its line), where
/// Scriban's Liquid trims every blank and line break, the indentation of the next line included; and
/// <c>{% comment -%}</c> opens its block, which Scriban's Liquid reads only without the dash.
/// </summary>
internal sealed partial class CompiledTemplate
{
    private readonly string written;

    /// <summary>Where, in <see cref="Text"/>, characters of the written template were left out, and how many up to there.</summary>
    private readonly List<(int At, int Removed)> cuts;

    private CompiledTemplate(string written, string text, List<(int At, int Removed)> cuts, TemplateSyntax syntax)
    {
        this.written = written;
        this.cuts = cuts;
        Text = text;
        Scriban = syntax == TemplateSyntax.Liquid ? Template.ParseLiquid(text) : Template.Parse(text);
        Error = Scriban.Messages.FirstOrDefault(m => m.Type == ParserMessageType.Error) is { } error ? TemplateErrors.Syntax(this, error) : null;
    }

    /// <summary>The text Scriban parsed.</summary>
    public string Text { get; }

    public Template Scriban { get; }

    /// <summary>The first syntax error, ending with its position; <c>null</c> when the template parsed.</summary>
    public string? Error { get; }

    public static CompiledTemplate Of(PlanTemplate template)
    {
        if (template.Syntax == TemplateSyntax.Scriban)
        {
            return new(template.Text, template.Text, [], template.Syntax);
        }

        var text = new StringBuilder(template.Text.Length);
        var cuts = new List<(int At, int Removed)>();
        var removed = 0;
        var from = 0;
        foreach (Match dash in WhitespaceDash().Matches(template.Text))
        {
            text.Append(template.Text, from, dash.Index - from);
            from = dash.Index + dash.Length;
            var blanks = dash.Groups["before"].Success ? dash.Groups["before"] : dash.Groups["after"];
            if (dash.Groups["open"].Success)
            {
                removed += blanks.Length;
                cuts.Add((text.Length, removed));
                text.Append(dash.Groups["open"].Value).Append(' ');
            }
            else
            {
                text.Append(' ').Append(dash.Groups["close"].Value);
                removed += blanks.Length;
                cuts.Add((text.Length, removed));
            }
        }

        text.Append(template.Text, from, template.Text.Length - from);
        return new(template.Text, text.ToString(), cuts, template.Syntax);
    }

    /// <summary>The line and column, in the written template, of an offset in <see cref="Text"/>: <c>(3:14)</c>.</summary>
    public string Position(int offset)
    {
        var cut = cuts.FindLastIndex(c => c.At <= offset);
        var at = Math.Clamp(offset + (cut < 0 ? 0 : cuts[cut].Removed), 0, written.Length);
        var lineStart = at == 0 ? 0 : written.LastIndexOf('\n', at - 1) + 1;
        var line = 1 + written.AsSpan(0, lineStart).Count('\n');
        return string.Create(CultureInfo.InvariantCulture, $"({line}:{at - lineStart + 1})");
    }

    [GeneratedRegex(@"(?<before>[ \t]*)(?<open>\{[%{])-|-(?<close>[%}]\})(?<after>[ \t]*(?:\r?\n)?)")]
    private static partial Regex WhitespaceDash();
}
