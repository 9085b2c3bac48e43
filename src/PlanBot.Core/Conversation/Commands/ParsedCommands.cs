namespace PlanBot.Core.Conversation.Commands;

public sealed record ParsedCommands(ValueList<BotCommand> Commands, ValueList<UnknownCommand> Unknown, ValueList<CommandProblem> Problems)
{
    public static ParsedCommands None { get; } = new(ValueList<BotCommand>.Empty, ValueList<UnknownCommand>.Empty, ValueList<CommandProblem>.Empty);

    public bool IsEmpty => Commands.Count == 0 && Unknown.Count == 0 && Problems.Count == 0;
}
