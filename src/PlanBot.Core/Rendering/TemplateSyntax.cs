namespace PlanBot.Core.Rendering;

/// <summary>The language a plan template is written in; both are read by Scriban.</summary>
public enum TemplateSyntax
{
    /// <summary>Liquid (<c>{% for %}…{% endfor %}</c>), as GitHub Pages users know it: any file not named <c>.scriban</c> or <c>.sbn</c>.</summary>
    Liquid,

    /// <summary>Scriban's own syntax (<c>{{ for }}…{{ end }}</c>): the built-in template, and files named <c>.scriban</c> or <c>.sbn</c>.</summary>
    Scriban,
}
