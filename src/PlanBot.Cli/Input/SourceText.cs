namespace PlanBot.Cli.Input;

/// <summary>A text input and the path it is shown under in messages (<c>docs/PRD.md:42: …</c>).</summary>
public sealed record SourceText(string DisplayPath, string Text);
