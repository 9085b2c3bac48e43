namespace PlanBot.Core.Conversation.Commands;

/// <summary>
/// A <c>/planbot</c> command found on its own line. <see cref="Arguments"/> is the rest of the line, split on
/// whitespace except for <c>answer</c>, whose value keeps its spaces (<c>/planbot answer team.size 3 backend + 1 QA</c>).
/// </summary>
public sealed record BotCommand(CommandKind Kind, ValueList<string> Arguments, bool Force, int Line)
{
    /// <summary>Commands that change the plan or GitHub need write, maintain or admin permission.</summary>
    public bool Writes => Kind is CommandKind.Generate or CommandKind.Regenerate or CommandKind.Publish or CommandKind.Reset;
}
