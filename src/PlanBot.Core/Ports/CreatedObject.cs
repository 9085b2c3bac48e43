using PlanBot.Core.Tracking;

namespace PlanBot.Core.Ports;

/// <summary>
/// A milestone or issue a run created. Kept in the checkpoint so that later steps can refer to it even if a re-read
/// does not show it yet. <see cref="DatabaseId"/> is 0 for milestones.
/// </summary>
public sealed record CreatedObject(TrackingKey Target, int Number, long DatabaseId);
