namespace PlanBot.Cli;

/// <summary>Input the user can fix (a missing file, a bad template). The message is shown as is, on one line.</summary>
public sealed class CliInputException : Exception
{
    public CliInputException(string message)
        : base(message)
    {
    }

    public CliInputException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public CliInputException()
    {
    }
}
