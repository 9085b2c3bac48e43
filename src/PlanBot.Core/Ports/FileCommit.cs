namespace PlanBot.Core.Ports;

/// <summary>One file written to a branch in one commit. <see cref="ExistingSha"/> is the blob sha being replaced, null to create.</summary>
public sealed record FileCommit(string Path, string Branch, string Content, string Message, string? ExistingSha);
