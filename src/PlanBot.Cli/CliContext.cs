namespace PlanBot.Cli;

/// <summary>Where a command writes, its clock and the core it drives (tests pass fixed or hand-made ones).</summary>
public sealed record CliContext(TextWriter Out, TextWriter Error, TimeProvider Clock, ICliEngine Engine);
