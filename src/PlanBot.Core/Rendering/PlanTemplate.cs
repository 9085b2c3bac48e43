namespace PlanBot.Core.Rendering;

/// <summary>A plan template's text and its syntax, which its file name tells (<c>plan.liquid</c>, <c>plan.scriban</c>).</summary>
public sealed record PlanTemplate(string Text, TemplateSyntax Syntax)
{
    /// <summary>
    /// Liquid unless the name ends in <c>.scriban</c> or <c>.sbn</c>: before Scriban, every template PlanBot read was
    /// Liquid, whatever its name.
    /// </summary>
    public static PlanTemplate FromFile(string path, string text) =>
        new(text, Path.GetExtension(path).ToUpperInvariant() is ".SCRIBAN" or ".SBN" ? TemplateSyntax.Scriban : TemplateSyntax.Liquid);
}
