namespace PlanBot.Core.Tracking;

/// <summary>What a PlanBot-owned GitHub object stands for.</summary>
public enum TrackingKind
{
    Milestone,
    Phase,
    Week,
    Tracker,
}
