namespace PlanBot.Core.Ports;

/// <summary>What a file commit produced: the new blob sha of the file and the sha of the commit.</summary>
public sealed record CommitResult(string FileSha, string CommitSha);
