namespace PlanBot.Core.Ports;

/// <summary>A checkpoint as read from the store, with the ETag a save must present to replace it.</summary>
public sealed record StoredRunCheckpoint(RunCheckpoint Checkpoint, string ETag);
