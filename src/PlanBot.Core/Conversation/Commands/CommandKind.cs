namespace PlanBot.Core.Conversation.Commands;

public enum CommandKind
{
    Help,
    Status,
    Answer,
    Skip,
    Generate,
    Regenerate,
    Publish,
    Reset,
}
