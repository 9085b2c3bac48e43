namespace PlanBot.Core.Ports;

/// <summary>
/// GitHub refused a write the App is not allowed to make there: 403 "Resource not accessible by integration", or a
/// repository rule that forbids it. Asking again changes nothing, unlike a rate limit or a server error.
/// </summary>
public sealed class GitHubWriteRefusedException : Exception
{
    public GitHubWriteRefusedException()
    {
    }

    public GitHubWriteRefusedException(string message)
        : base(message)
    {
    }

    public GitHubWriteRefusedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
