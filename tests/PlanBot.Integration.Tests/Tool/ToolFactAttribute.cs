namespace PlanBot.Integration.Tests.Tool;

/// <summary>
/// A test of the <c>planbot</c> executable named by <c>PLANBOT_TOOL</c> (the ahead-of-time compiled tool, say), run as
/// a process: reported as skipped, with the reason, when the variable is not set.
/// </summary>
public sealed class ToolFactAttribute : FactAttribute
{
    public const string Variable = "PLANBOT_TOOL";

    public ToolFactAttribute()
    {
        if (Path is null)
        {
            Skip = $"{Variable} is not set: it names a planbot executable to run as a process (bench/aot-check.sh publishes the ahead-of-time compiled one and sets it)";
        }
    }

    public static string? Path => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } path ? path : null;
}
