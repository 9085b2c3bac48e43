namespace PlanBot.Core.Tracking;

/// <summary>Whether a GitHub issue or milestone is open or closed.</summary>
public enum RemoteState
{
    Open,
    Closed,
}
