namespace PlanBot.Core.Conversation;

public enum ConversationOutcome
{
    /// <summary>Not PlanBot's business (a draft, a bot, a comment without answers or commands); nothing was written.</summary>
    Ignored,

    /// <summary>The delivery changed the session and GitHub was brought in line with it.</summary>
    Applied,

    /// <summary>The delivery had been applied before (a redelivery or a retry); only unfinished work was completed.</summary>
    AlreadyApplied,
}
