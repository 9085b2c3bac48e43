namespace PlanBot.Cli;

public static class ExitCodes
{
    public const int Success = 0;

    /// <summary>The command ran and found a problem (<c>lint --strict</c>), or failed unexpectedly.</summary>
    public const int Failure = 1;

    /// <summary>Bad arguments or unusable input files.</summary>
    public const int UsageError = 2;

    public const int Cancelled = 130;
}
