using PlanBot.Core.Rendering;

namespace PlanBot.Cli.Input;

/// <summary>
/// A plan template read, with the path its errors are reported against. <see cref="Configured"/>: named by the
/// configuration rather than <c>--template</c>, so a failure to render falls back to the built-in template, as in the App.
/// </summary>
public sealed record TemplateFile(string DisplayPath, PlanTemplate Template, bool Configured);
