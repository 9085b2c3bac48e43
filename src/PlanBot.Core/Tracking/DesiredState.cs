namespace PlanBot.Core.Tracking;

/// <summary>What GitHub should look like for a plan: labels, one milestone per phase, and the phase, week and tracker issues.</summary>
public sealed record DesiredState(
    ValueList<DesiredLabel> Labels,
    ValueList<DesiredMilestone> Milestones,
    ValueList<DesiredIssue> Issues);
