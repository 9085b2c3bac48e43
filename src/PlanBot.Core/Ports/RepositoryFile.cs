namespace PlanBot.Core.Ports;

/// <summary>
/// A file read at a ref. <see cref="Sha"/> is the blob sha (what an update must present). <see cref="Text"/> is null
/// when the file is larger than the caller's limit: it was not downloaded.
/// </summary>
public sealed record RepositoryFile(string Path, string Sha, long Size, string? Text)
{
    public bool TooLarge => Text is null;
}
