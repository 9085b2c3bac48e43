namespace PlanBot.Core.Conversation.Commands;

public sealed record ParsedCommands(ValueList<BotCommand> Commands, ValueList<UnknownCommand> Unknown, ValueList<CommandProblem> Problems)
{
    public bool IsEmpty => Commands.Count == 0 && Unknown.Count == 0 && Problems.Count == 0;
}
