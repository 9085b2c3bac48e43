namespace PlanBot.Cli;

/// <summary>Where a command writes, and its clock (tests pass a fixed one).</summary>
public sealed record CliContext(TextWriter Out, TextWriter Error, TimeProvider Clock);
