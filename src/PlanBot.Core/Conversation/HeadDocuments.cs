using PlanBot.Core.Ports;

namespace PlanBot.Core.Conversation;

/// <summary>The PRD and TRD as found at the pull request's head; null when absent, without text when too large.</summary>
public sealed record HeadDocuments(RepositoryFile? Prd, RepositoryFile? Trd)
{
    public bool NeitherPresent => Prd is null && Trd is null;

    public bool BothReadable => Prd is { TooLarge: false } && Trd is { TooLarge: false };
}
