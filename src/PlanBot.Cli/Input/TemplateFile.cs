using PlanBot.Core.Rendering;

namespace PlanBot.Cli.Input;

/// <summary>A <c>--template</c> file read and syntax-checked, with the path its errors are reported against.</summary>
public sealed record TemplateFile(string DisplayPath, PlanTemplate Template);
