namespace PlanBot.Cli;

/// <summary>
/// Where a command writes, its clock, the core it drives and the environment variables it reads (tests pass fixed or
/// hand-made ones; <paramref name="Environment"/> null reads the process's).
/// </summary>
public sealed record CliContext(TextWriter Out, TextWriter Error, TimeProvider Clock, ICliEngine Engine, IReadOnlyDictionary<string, string>? Environment = null)
{
    public string? Variable(string name) =>
        Environment is null ? System.Environment.GetEnvironmentVariable(name) : Environment.GetValueOrDefault(name);
}
