namespace PlanBot.Core.Ports;

public enum CommitStatusState
{
    Pending,
    Success,
    Failure,
    Error,
}
