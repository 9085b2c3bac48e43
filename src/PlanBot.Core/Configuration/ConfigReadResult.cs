namespace PlanBot.Core.Configuration;

/// <summary>
/// The configuration to use and what was wrong with the file. With any problem the built-in defaults apply
/// as a whole until the file is fixed: half a configuration is more surprising than none.
/// </summary>
public sealed record ConfigReadResult(RepositoryConfig Config, ValueList<ConfigProblem> Problems)
{
    public bool IsValid => Problems.Count == 0;
}
